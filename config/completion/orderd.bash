# bash completion for orderd (installed as
# share/bash-completion/completions/orderd).
_orderd() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    case $prev in
    -c | --config)
        COMPREPLY=($(compgen -f -- "$cur"))
        return
        ;;
    --print-schema)
        COMPREPLY=($(compgen -W "main channel rules" -- "$cur"))
        return
        ;;
    --channel)
        return
        ;;
    esac
    COMPREPLY=($(compgen -W "--config --once --channel --check --print-schema --version --help" \
        -- "$cur"))
}
complete -F _orderd orderd
