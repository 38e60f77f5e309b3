# bash completion for orderctl (installed as
# share/bash-completion/completions/orderctl).
_orderctl() {
    local cur prev words cword
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD - 1]}
    local commands="migrate orders order invoices report reconcile deadletters channels channel import review audit extract stock user"
    local cmd="" sub="" i w
    for ((i = 1; i < COMP_CWORD; i++)); do
        w=${COMP_WORDS[i]}
        case $w in
        -c | --config | --channel | --audit | --limit | --format | --encoding | --reason | \
            --note | --rules | --since | --sender | --until | --status | -o | --output | --date | \
            --week | --from | --to | --table | --role)
            ((i++))
            continue
            ;;
        -*) continue ;;
        esac
        if [ -z "$cmd" ]; then cmd=$w; elif [ -z "$sub" ]; then sub=$w; fi
    done
    case $prev in
    -c | --config | --rules | -o | --output)
        COMPREPLY=($(compgen -f -- "$cur"))
        return
        ;;
    --format)
        COMPREPLY=($(compgen -W "table json csv" -- "$cur"))
        return
        ;;
    --audit)
        COMPREPLY=($(compgen -W "approved held rejected pending" -- "$cur"))
        return
        ;;
    --role)
        COMPREPLY=($(compgen -W "viewer clerk admin" -- "$cur"))
        return
        ;;
    --status)
        COMPREPLY=($(compgen -W "requested all" -- "$cur"))
        return
        ;;
    --encoding)
        COMPREPLY=($(compgen -W "utf-8 gb18030 gbk big5 iso-8859-1 windows-1252" -- "$cur"))
        return
        ;;
    --lang)
        COMPREPLY=($(compgen -W "zh en" -- "$cur"))
        return
        ;;
    --table)
        COMPREPLY=($(compgen -W "orders audit stock skus deadletters" -- "$cur"))
        return
        ;;
    --channel | --limit | --reason | --note | --since | --sender | --until | --date | --week | \
        --from | --to)
        return
        ;;
    esac
    if [ -z "$cmd" ]; then
        COMPREPLY=($(compgen -W "$commands --config --help --version" -- "$cur"))
        return
    fi
    local opts=""
    case $cmd in
    migrate) opts="--no-roles" ;;
    orders) opts="--channel --audit --limit --format" ;;
    order) opts="--format" ;;
    invoices) opts="--since --until --status --channel --limit --format --output" ;;
    reconcile) opts="--since --until --format" ;;
    deadletters)
        if [ -z "$sub" ]; then
            COMPREPLY=($(compgen -W "list show retry discard" -- "$cur"))
            return
        fi
        case $sub in
        list) opts="--channel --all --format" ;;
        show) opts="--format --encoding" ;;
        retry) opts="--all --channel --quiet" ;;
        discard) opts="--reason" ;;
        esac
        ;;
    channels) opts="--format" ;;
    report)
        if [ -z "$sub" ]; then
            COMPREPLY=($(compgen -W "daily weekly range" -- "$cur"))
            return
        fi
        case $sub in
        daily) opts="--date --channel --format --table --lang --output --mail" ;;
        weekly) opts="--week --channel --format --table --lang --output" ;;
        range) opts="--from --to --channel --format --table --lang --output" ;;
        esac
        ;;
    stock)
        if [ -z "$sub" ]; then
            COMPREPLY=($(compgen -W "verify" -- "$cur"))
            return
        fi
        opts="--repair --format"
        ;;
    channel)
        if [ -z "$sub" ]; then
            COMPREPLY=($(compgen -W "token" -- "$cur"))
            return
        fi
        ;;
    import)
        if [ -z "$sub" ]; then
            COMPREPLY=($(compgen -W "customers products sku_map inventory price_lists blacklist" \
                -- "$cur"))
            return
        fi
        opts="--encoding --quiet"
        ;;
    review)
        if [ -z "$sub" ]; then
            COMPREPLY=($(compgen -W "list show approve reject" -- "$cur"))
            return
        fi
        case $sub in
        list) opts="--channel --limit --format" ;;
        show) opts="--format" ;;
        approve) opts="--note --force" ;;
        reject) opts="--reason" ;;
        esac
        ;;
    audit)
        if [ -z "$sub" ]; then
            COMPREPLY=($(compgen -W "replay" -- "$cur"))
            return
        fi
        opts="--rules --since --channel --format --quiet"
        ;;
    extract) opts="--channel --sender --format" ;;
    user)
        if [ -z "$sub" ]; then
            COMPREPLY=($(compgen -W "add list passwd disable" -- "$cur"))
            return
        fi
        case $sub in
        add) opts="--role" ;;
        list) opts="--format" ;;
        esac
        ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$opts --config" -- "$cur"))
    elif [ "$cmd" = extract ] || [ "$cmd" = import ]; then
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}
complete -F _orderctl orderctl
