"""Helpers shared by the layout families."""
from corpus_data import (Order, SELLER_PEOPLE, ORDERS_BOX, SELLER_CN, fmt_mobile, cn_landline,
                         mail_dt, cn_name, en_name)
from corpus_mime import CLIENTS

PINYIN_INIT = 'abcdfghjklmnpqrstwxyz'


def domain_for(rng, lang='cn'):
    if lang == 'en':
        return rng.choice(['acmesupply.com', 'northwind-traders.com', 'blueharbor.co', 'summitpack.com',
                           'greenleaf.co.uk', 'brightline-retail.co.uk', 'oakridgehome.com.au',
                           'nordlicht-handel.de', 'vh-becker.de', 'maplefulfil.ca', 'lioncity.com.sg',
                           'emporiocasa.it', 'dufresne-atelier.fr', 'kestrel-logistics.co.uk'])
    s = ''.join(rng.choice(PINYIN_INIT) for _ in range(rng.randint(3, 5)))
    return s + rng.choice(['.com', '.com.cn', '.cn', '-group.com', 'tech.com', '.net'])


def cn_sender(rng, o, free=None):
    """(display name, address) of a Chinese buyer."""
    free = rng.random() < 0.3 if free is None else free
    if free:
        prov = rng.choice(['qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com'])
        if prov == 'qq.com':
            return (rng.choice([o.contact, o.contact + '-采购', '小' + o.contact[0], 'A' + o.contact]),
                    '%d@qq.com' % rng.randint(10 ** 7, 10 ** 10))
        return (o.contact, '%s%d@%s' % (rng.choice(['cg', 'caigou', 'purchase', 'wang', 'li', 'zhang',
                                                     'order', 'buyer']), rng.randint(1, 9999), prov))
    dom = domain_for(rng)
    local = rng.choice(['purchase', 'caigou', 'cg01', 'po', 'buyer', 'wl', 'scm'])
    disp = rng.choice([o.contact, o.contact, '采购部 ' + o.contact, o.contact + '（' +
                       o.company[2:6] + '）', '采购-' + o.contact])
    return disp, '%s@%s' % (local, dom)


EN_DOMAIN_TLD = {'US': '.com', 'GB': '.co.uk', 'AU': '.com.au', 'DE': '.de', 'CA': '.ca', 'SG': '.com.sg',
                 'IT': '.it', 'FR': '.fr'}


def en_domain(o):
    words = [w for w in o.company.replace(',', '').split() if w[0].isupper()][:2]
    return '-'.join(w.lower().strip('.') for w in words) + EN_DOMAIN_TLD.get(o.country, '.com')


def en_sender(rng, o):
    dom = en_domain(o)
    first, last = o.contact.split(' ', 1)
    local = rng.choice([first.lower(), (first[0] + last).lower().replace("'", ''),
                        'purchasing', 'procurement', 'orders'])
    local = local.replace('ü', 'ue')
    return (o.contact, '%s@%s' % (local, dom))


def to_box(rng):
    r = rng.random()
    if r < 0.6:
        return ORDERS_BOX
    if r < 0.8:
        return rng.choice(SELLER_PEOPLE)
    return ('', ORDERS_BOX[1])


def client(rng, names, sender=None):
    """A mail program from names, or the one a free-mail address implies."""
    if sender:
        dom = sender[1].split('@')[1]
        if dom == 'qq.com':
            names = ['qqmail', 'foxmail']
        elif dom in ('163.com', '126.com'):
            names = ['163']
        elif dom == 'foxmail.com':
            names = ['foxmail']
    return CLIENTS[rng.choice(names)](rng)


def truth_doc(family, source, charset, notes, orders):
    return {'family': family, 'source': source, 'charset': charset, 'notes': notes, 'orders': orders}


def cn_phone_pick(rng, o, allow_landline=True):
    """Set o.phone to what the document writes; returns the written form."""
    if allow_landline and rng.random() < 0.2:
        o.phone = cn_landline(rng, o.area)
    else:
        o.phone = fmt_mobile(rng, o.mobile)
    return o.phone


GREET_CN = ['您好！', '你好，', '李经理您好：', '恒达销售部：', '李华 你好', '陈经理：', '各位好，', '周小姐您好，', '']
INTRO_CN = ['请按以下订单安排发货，谢谢！', '现下单如下，请确认交期：', '附上本次采购明细，请尽快安排。',
            '请按下列明细备货，收到请回复。', '本周采购如下：', '以下是我司采购订单，请查收。',
            '麻烦帮忙安排以下货物，周五前到货。']
THANKS_CN = ['谢谢！', '谢谢', '辛苦了，谢谢！', '有问题请联系我。', '收到请回复，谢谢。', '盼复。']

GREET_EN = ['Hi,', 'Hello,', 'Dear Li Hua,', 'Dear Sales Team,', 'Hi Jing,', 'Good morning,',
            'Dear Sir/Madam,', 'Hello team,']
INTRO_EN = ['Please find our purchase order below.', 'Please process the following order.',
            'We would like to place the following order:', 'Please see our PO below and confirm.',
            'Kindly arrange shipment of the items below.', 'Here is our order for this month.']
THANKS_EN = ['Thanks,', 'Best regards,', 'Kind regards,', 'Regards,', 'Many thanks,', 'Cheers,']


def cn_signature(rng, o, show_company=True, phone=None):
    lines = ['', rng.choice(['--', '———————————', '', '顺祝商祺']), o.contact]
    if show_company:
        lines.append(o.company)
    if phone and rng.random() < 0.5:
        lines.append('Tel: ' + phone)
    return '\n'.join(lines)


def en_signature(rng, o, title=True):
    lines = ['', rng.choice(THANKS_EN), o.contact]
    if title:
        lines.append(rng.choice(['Purchasing Manager', 'Procurement', 'Buyer', 'Operations',
                                 'Supply Chain Coordinator']))
    lines.append(o.company)
    return '\n'.join(lines)
