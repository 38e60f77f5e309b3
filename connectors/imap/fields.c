/* Labels and values of purchase orders (fields.h): the label tables,
 * the folded label comparison and the value parsers shared by the text
 * reader (text.c) and the sheet reader (sheet.c).
 *
 * The tables are plain '|'-separated strings that `labels:` extends the
 * same way. They are folded once, on first use, into a hash index (see
 * "the label index"); a channel's `labels:` are compared by folding
 * each label byte by byte while it is compared. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "amountwords.h"
#include "charset.h"
#include "error.h"
#include "currencymarks.h"
#include "fields.h"
#include "listcols.h"
#include "mail.h"
#include "numshape.h"

/* A label longer than this is no label (folded bytes). */
#define LABEL_MAX 128

/* ---- label tables ---------------------------------------------------- */

struct label_set {
    const char *field;
    const char *labels; /* '|'-separated, compared folded */
    bool model;         /* a model number: a code column that names the
                           item where the table has another code column */
};

/* Order-level labels. Folding makes "PO No." "PO no" "PO#" "P/O" and
 * "P.O." one label, so each is listed once. Deliberately absent, because
 * they name other numbers and would file an order under the wrong key:
 * 合同号 (contract), Ref / Reference (often a quotation), 发票号,
 * 运单号 / 快递单号, Invoice No. `labels:` adds them for a sender that
 * uses them for the order number. */
static const struct label_set order_labels[] = {
    {"external_id", "订单号|订单编号|订单号码|订单No|单号|采购单号|采购单编号|采购订单号|"
                    "采购订单编号|采购订单号码|订购单号|订购单编号|订货单号|订货单编号|PO号|PO单号|"
                    "PO编号|PO号码|訂單號|訂單編號|訂單號碼|採購單號|採購單編號|採購訂單號|"
                    "採購訂單編號|訂購單號|PO|PO No|PO Number|PO Ref|Purchase Order|"
                    "Purchase Order No|Purchase Order Number|Order|Order No|Order Number|Order ID|"
                    "Order Ref|Our ref|Our ref no|Our reference|LPO No|LPO Number|"
                    /* French, Italian and German */
                    "N° de commande|N° commande|Numéro de commande|Bon de commande|"
                    "Bon de commande n°|Commande n°|Numero ordine|Numero d'ordine|N. ordine|"
                    "Ordine n|Ordine nr|Bestellnummer|Bestell-Nr|Bestellung Nr|Auftragsnummer|"
                    /* Polish, Russian and Romanian */
                    "Zamówienie nr|Nr zamówienia|Numer zamówienia|Заказ №|Заказ N|Номер заказа|"
                    "Заявка №|Заявка N|Номер заявки|Comanda nr|Comandă nr|"
                    /* Turkish, Portuguese and Hungarian */
                    "Sipariş No|Sipariş Numarası|"
                    /* Azerbaijani */
                    "Sifariş|Sifariş №|Sifariş No|Sifariş nömrəsi|"
                    "Nota de Encomenda|Nota de Encomenda N.º|Encomenda n.º|N.º da encomenda|"
                    "Encomenda a Fornecedor N.º|"
                    "Número da encomenda|Megrendelés száma|Megrendelésszám|Rendelésszám|"
                    /* Danish, Norwegian, Swedish; Czech; Spanish */
                    "Indkøbsordre|Indkøbsordre nr|Indkøbsordrenr|Ordrenr|Ordrenummer|"
                    "Innkjøpsordre|Inköpsorder|Ordernummer|Objednávka|Objednávka č|"
                    "Číslo objednávky|Orden de compra|Orden de compra N°|OC|OC N°|N° de OC|"
                    "Pedido N°|Número de pedido|"
                    /* Croatian, Serbian and Bosnian */
                    "Narudžbenica|Narudžbenica br|Narudžba br|Broj narudžbe|"
                    /* in Serbian Cyrillic (its capitals are not folded) */
                    "Поруџбеница|Поруџбеница бр|ПОРУЏБЕНИЦА|ПОРУЏБЕНИЦА бр|Наруџбеница|"
                    "Наруџбеница бр|Број поруџбине|"
                    /* Japanese */
                    "発注番号|注文番号|発注書番号|発注No|注文No|"
                    /* Korean: the purchase order's number, the order's number */
                    "발주번호|발주 번호|주문번호|주문 번호"},
    {"customer.name",
     "客户|客户名称|客户名|公司|公司名称|采购方|采购单位|采购组织|订货单位|购货单位|"
     "购买方|买方|需方|订购公司|订购单位|订购方|采购公司|客戶|客戶名稱|公司名稱|採購方|採購單位|"
     "訂貨單位|訂購公司|訂購單位|訂購方|採購公司|買方|买家公司名|买家公司|買家公司|"
     "Customer|Customer Name|Company|Company Name|Buyer|Bill to|Sold to|"
     /* Russian: the buyer, the customer */
     "Покупатель|Заказчик"},
    {"ship_to.name",
     "收货人|收件人|联系人|收货联系人|收貨人|聯絡人|聯繫人|联系|联络|聯絡|聯繫|"
     "仓库联系人|"
     "Ship to|Ship To Name|Contact on Site|Site Contact|Goods In|"
     "Deliver to|Attn|Attention|Contact|Contact Person|Recipient|Consignee|"
     "Receiving Contact|Ship Contact|Shipping Contact|Delivery "
     "Contact|Ansprechpartner|Empfänger|Warenannahme|Destinataire|"
     "Contact réception|Contact livraison|Réceptionnaire|Réception|Receiving|Receiver|"
     /* Azerbaijani: who receives */
     "Qəbul edən|Qəbul edəcək|"
     "Destinatario|Osoba kontaktowa|Получатель|Грузополучатель|Контакт|Контактное "
     "лицо|Teslim Alan|İlgili|İlgili Kişi|Store Keeper|Storekeeper|"
     /* Portuguese and Hungarian: receiving, the receiver; Lithuanian: the
      * receiver */
     "Receção|Recepção|Recebedor|Átvevő|Gavėjas|"
     /* Czech, Danish, Norwegian, Swedish, Spanish: who receives */
     "Převezme|Příjemce|Modtager|Mottaker|Mottagare|Recibe|Contacto|"
     /* Spanish: for the attention of; Romanian: the contact person */
     "Atención|Atencion|Persoană de contact|Persoana de contact|"
     /* Bulgarian: the contact person; Spanish: the warehouse's */
     "Лице за контакт|Лице за контакти|Контактно лице|Contacto almacén|"
     /* Czech, Polish, German, Scandinavian: the contact */
     "Kontakt|"
     /* Japanese: who is in charge (at the delivery place) */
     "担当|担当者|受取人|"
     /* Korean: the person in charge, the receiver */
     "담당|담당자|수령인|받는 사람|인수자|"
     /* Slovenian and Croatian: who takes the goods in */
     "Prevzem|Prevzemnik|Prejemnik|Primatelj|"
     /* Serbian Cyrillic: the goods' reception, the receiver */
     "Пријем робе|Прималац"},
    {"ship_to.phone",
     "电话|电话号码|联系方式|聯繫方式|手机|手机号|手机号码|联系电话|收货电话|收货人电话|電話|"
     "手機|聯絡電話|Tel|Phone|Phone No|Mobile|Telephone|Cell|Telefon"},
    {"ship_to.address",
     "地址|收货地址|送货地址|仓库地址|收货仓库地址|倉庫地址|收件地址|交货地址|"
     "到货仓库|到货地址|到貨地址|到货地点|发到|發到|"
     "交货地点|送货地点|交貨地點|送貨地點|收貨地址|收件|收货仓|收貨倉|"
     "送貨地址|交貨地址|送|送至|送到|送往|送货|送貨|收货|收貨|Address|Shipping "
     "Address|Ship to Address|"
     "Delivery Address|Lieferadresse|Lieferanschrift|Adresse de livraison|"
     "Livraison|Lieu de livraison|Adresse|Indirizzo di consegna|Dispatch to|"
     "Dispatch Address|Adres dostawy|Адрес доставки|Доставка|Teslim Yeri|"
     "Teslim Adresi|Teslimat Adresi|Sevk Adresi|Local de entrega|"
     "Despatch to|Despatch Address|Local de descarga|"
     "Endereço de entrega|Morada de entrega|Szállítási cím|Entrega en|"
     /* Lithuanian: the delivery address */
     "Pristatymo adresas|"
     /* Estonian, Latvian: the delivery address */
     "Tarneaadress|Tarne aadress|Piegādes adrese|"
     /* Czech, Danish, Norwegian, Swedish, Spanish */
     "Dodací adresa|Místo dodání|Leveringsadresse|Leveringssted|"
     "Leveransadress|Dirección de entrega|Lugar de entrega|Despachar a|Enviar a|Entregar en|"
     /* Romanian: delivery, the delivery address */
     "Livrare|Adresa de livrare|Adresă de livrare|"
     /* Bulgarian; Montenegrin, Serbian, Croatian, Bosnian, Macedonian: the
      * place of delivery, the delivery */
     "Адрес за доставка|Mjesto isporuke|Mesto isporuke|Isporuka|Испорака|"
     /* Azerbaijani: the delivery, its address */
     "Çatdırılma|Çatdırılma ünvanı|"
     /* Japanese: where to deliver */
     "納品先|納入先|納品場所|届け先|お届け先|"
     /* Korean: the place of delivery, the address to ship to */
     "납품장소|납품처|배송지|배송주소|배송 주소|도착지|"
     /* Slovenian and Croatian: delivery, the delivery address */
     "Dostava|Naslov za dostavo|Naslov dostave|Adresa dostave|Adresa za dostavu|"
     /* Serbian Cyrillic: the delivery, its address */
     "Испорука|Адреса испоруке|Место испоруке"},
    {"buyer_note", "备注|说明|附言|留言|備註|說明|Note|Notes|Remark|Remarks|Comment|Comments|"
                   "Special Instructions"},
    {"total",
     "合计|总计|总金额|订单金额|订单总额|合计金额|价税合计|含税总额|合計|總計|總金額|合共|"
     "訂單金額|应付|应付金额|应付总额|实付金额|货款|货款合计|應付金額|貨款|优惠后金额|優惠後金額|"
     "折后金额|折後金額|Total|Grand Total|Total Order Value|"
     "Order Total|Total Amount|Total Due|Total Payment Due|Amount Due|Amount Payable|Balance Due|"
     /* French, German, Italian */
     "Total HT|Total TTC|Montant total|Gesamtbetrag|Gesamtsumme|Summe|Totale|Importo totale|"
     /* Turkish, Portuguese and Hungarian */
     "Genel Toplam|Total orden|Yekun|Cəmi|Ümumi məbləğ|Total da encomenda|Total "
     "geral|Összesen|Végösszeg|Mindösszesen|"
     /* Czech, Danish, Norwegian, Swedish, Russian */
     "Celkem|Celkem k úhradě|K úhradě|I alt|Totalt|Att betala|Итого|Всего|"
     /* Bulgarian; Croatian, Serbian and Bosnian */
     "Обща сума|Ukupno|Sveukupno|Ukupno za platiti|Укупно|Укупан износ|"
     /* Estonian, Latvian, Lithuanian: in all */
     "Kokku|Kokku tasuda|Kopā|Kopsumma|Iš viso|"
     /* Romanian: the total to pay */
     "Total de plată|Total de plata"},
    {"currency", "币种|币别|货币|幣別|幣種|貨幣|Currency|Currency ID|Currency Code"},
    {"placed_at",
     "日期|下单日期|订单日期|下单时间|采购日期|订购日期|订货日期|单据日期|制单日期|"
     "訂單日期|採購日期|訂購日期|訂貨日期|下單日期|單據日期|Date|Order Date|PO Date|"
     "Purchase Order Date|Date Ordered|Ordered At|Datum|Bestelldatum|Data|Data Ordine|Fecha|"
     "Fecha de Pedido|Date de Commande|Sipariş Tarihi|Belge Tarihi|"
     /* Japanese */
     "発注日|注文日|発注年月日"},
    {"customer.email", "邮箱|电子邮件|电子邮箱|郵箱|電子郵件|Email|E-mail"},
    {"shipping",
     "运费|運費|Shipping|Shipping Fee|Freight|Delivery Fee|Delivery Charge|"
     "Frais de port|Frais de port forfaitaires|Frais de livraison|Fret|Fret maritime|Versandkosten|"
     "Frachtkosten|Spese di spedizione|Spese di trasporto|Portes|Frete|Fuvardíj|"
     "Szállítási díj|Fragt|Frakt|Doprava|Dopravné|Flete"},
    {"tax", "税额|税金|稅額|稅金|营业税|營業稅|增值税|增值稅|销项税额|Tax|Sales Tax|VAT|"
            /* Japanese: the consumption tax */
            "消費税"},
    {"discount", "折扣|优惠|优惠金额|折扣金额|優惠|減|减|回贈|回赠|返利|返點|返点|抵扣|返利抵扣|"
                 "返点抵扣|Discount|Rebate|Sleva|Rabat|Descuento|Скидка|Reducere|"
                 /* Turkish */
                 "İskonto|Iskonto|"
                 /* Azerbaijani */
                 "Endirim"},
};
#define N_ORDER_LABELS (sizeof(order_labels) / sizeof(order_labels[0]))

/* Column labels of a line-item table's header row. "-" columns are
 * known and carry nothing (line numbers, units, rates). 规格型号 is a
 * code column: where a table also has 物料编码, the leftmost code
 * column is the SKU. */
static const struct label_set column_labels[] = {
    {"lines.sku",
     "商品编码|商品编号|产品编码|产品编号|物料编码|物料编号|物料号|物料代码|存货编码|"
     "产品代码|商品代码|编号|编码|货号|货品编号|货品编码|品号|料号|规格编码|規格編碼|"
     "商家编码|商家編碼|"
     "商品編碼|商品編號|產品編號|"
     "產品編碼|物料編碼|貨號|貨品編號|料號|品號|編號|編碼|SKU|Item No|Item Number|Item #|Item|"
     "Item Code|Part No|Part Number|Part #|P/N|Product Code|Product No|Code|"
     "Article No|Catalog No|Vendor SKU|Supplier SKU|Vendor Item No|"
     "Vendor Part No|Supplier Item No|Supplier Part No|Item SKU|Product SKU"},
    {"lines.sku", "型号|规格型号|型號|規格型號|Model|Model No", .model = true},
    {"lines.title",
     "品名|商品名称|产品名称|名称|名称规格|规格名称|商品|规格|货品|货品名称|物料名称|物料描述|"
     "存货名称|商品全名|"
     "商品描述|产品描述|描述|品名规格|品名規格|品名及规格|品名及規格|名称及规格|名稱及規格|"
     "商品名稱|產品名稱|名稱|規格|貨品|物料名稱|存貨名稱|物品|物品名称|物品名稱|"
     "货品标题|商品标题|宝贝标题|貨品標題|商品標題|"
     "Description|Desc|Product|Product Name|Item Name|Item Description|Item & "
     "Description|Name|Goods"},
    {"lines.qty",
     "数量|主数量|订购数量|采购数量|订货数量|订购量|采购量|订货量|订货数|订购数|采购数|件数|數量|"
     "訂購數量|"
     "採購數量|訂購量|採購量|Qty|Q'ty|Q’ty|Quantity|Units|Order Qty|Order Q'ty|Qty Ordered|Total "
     "Qty|Total Quantity"},
    {"lines.unit_price",
     "单价|单价/"
     "元|单价(元)|单价（元）|含税单价|未税单价|不含税单价|含税价|批发价|价格|采购价|采购单价|进价|"
     "进货价|採購價|採購單價|單價|含稅單價|價格|"
     "Unit Price|Price|Unit Cost|Price Each|Each|Rate|Unit Rate|Price/Unit|Cost Price|"
     "Purchase Price|Price/pc|Price/pcs|Price per pc|Price/piece|Price per piece"},
    {"lines.total", "金额|金额/"
                    "元|金额(元)|金额（元）|合计金额|小计|总价|总额|含税金额|价税合计|金額|小計|"
                    "總價|含稅金額|Amount|"
                    "Line Total|Item Total|Total|Subtotal|Ext|Ext Price|Extended Price|Extension|"
                    "Total Price"},
    {"-",
     "序号|行号|项次|单位|主单位|计量单位|税率|交货日期|交期|序號|單位|No|#|Line|Line No|S/N|Unit|"
     "UOM|Tax Rate|Delivery Date"},
    /* the same columns in Dutch, German, Spanish and French */
    {"lines.sku", "Artikel|Artikelnr|Artikelnummer|Art Nr|Bestelnummer|Article|Code Article|"
                  "Artículo|Código|Referencia|Ref|Référence|Réf"},
    {"lines.title", "Omschrijving|Beschrijving|Bezeichnung|Beschreibung|Artikelbezeichnung|"
                    "Descripción|Producto|Désignation|Produit|Libellé"},
    {"lines.qty", "Aantal|Menge|Cantidad|Cant|Quantité|Qté"},
    {"lines.unit_price", "Prijs|Stukprijs|Eenheidsprijs|Einzelpreis|Preis|Precio|"
                         "Precio Unitario|Prix|Prix Unitaire|PU"},
    {"lines.total", "Bedrag|Totaal|Regeltotaal|Betrag|Gesamtpreis|Gesamt|Importe|Montant"},
    {"-", "Pos|Position|Nr|Eenheid|Einheit|Unidad|Unité"},
    /* and in Italian and Portuguese */
    {"lines.sku", "Codice|Codice Articolo|Cod Articolo|Cod|Código do Produto"},
    {"lines.title", "Descrizione|Articolo|Prodotto|Descrição|Produto|Designação"},
    {"lines.qty", "Quantità|Qtà|Q.tà|Qta|Quantidade|Qtd|Qtde"},
    {"lines.unit_price", "Prezzo|Prezzo Unit|Prezzo Unitario|Prezzo Cad|Preço|Preço Unitário"},
    {"lines.total", "Importo|Totale Riga|Valore|Valor|Valor Total"},
    {"-", "UM|Unità|Unidade|IVA %|Aliquota"},
    /* and in Turkish */
    {"lines.sku", "Kalem No|Stok Kodu|Ürün Kodu|Malzeme Kodu|Kod"},
    {"lines.title", "Kalem Tanımı|Ürün Adı|Stok Adı|Malzeme Adı|Açıklama|Ürün"},
    {"lines.qty", "Miktar"},
    {"lines.unit_price", "Birim Fiyat"},
    {"lines.total", "Tutar|Toplam|Toplam Tutar"},
    {"-", "Sıra|Sıra No|Birim|KDV %"},
    /* and in Azerbaijani (Xüsusiyyət, the description, is a
     * specification label) */
    {"lines.sku", "Kod|Məhsul kodu"},
    {"lines.title", "Məhsul|Məhsulun adı|Ad"},
    {"lines.qty", "Miqdar"},
    {"lines.unit_price", "Qiymət"},
    {"lines.total", "Məbləğ"},
    {"-", "Ölçü vahidi|ƏDV %"},
    /* and in Hungarian */
    {"lines.sku", "Cikkszám|Termékkód"},
    {"lines.title", "Megnevezés|Termék"},
    {"lines.qty", "Mennyiség|Menny"},
    {"lines.unit_price", "Egységár|Nettó egységár"},
    {"lines.total", "Érték|Összeg|Összesen|Nettó érték"},
    {"-", "Me|Mennyiségi egység|ÁFA %"},
    /* and in Danish, Norwegian and Swedish */
    {"lines.sku", "Varenr|Varenummer|Varenr.|Artikelnummer|Art.nr"},
    {"lines.title", "Beskrivelse|Varebeskrivelse|Benævnelse|Beskrivning|Benämning"},
    {"lines.qty", "Antal|Antall|Mængde|Mengde"},
    {"lines.unit_price", "Pris|Stykpris|Enhedspris|Enhetspris|Styckpris|À-pris|A-pris"},
    {"lines.total", "Beløb|Beløp|Belopp|Linjebeløb"},
    {"-", "Enhed|Enhet|Moms %"},
    /* and in Czech and Slovak */
    {"lines.sku", "Kód|Kód zboží|Katalogové číslo"},
    {"lines.title", "Název|Název zboží|Popis|Položka"},
    {"lines.qty", "Množství|Počet"},
    {"lines.unit_price", "Cena/MJ|Cena za MJ|Jedn. cena|Jednotková cena|Cena"},
    {"lines.total", "Celkem|Cena celkem|Celková cena"},
    {"-", "MJ|DPH %"},
    /* and in Russian */
    {"lines.sku", "Артикул|Код"},
    {"lines.title", "Наименование|Наименование товара|Товар"},
    {"lines.qty", "Кол-во|Количество"},
    {"lines.unit_price", "Цена|Цена за ед."},
    {"lines.total", "Сумма|Стоимость"},
    {"-", "№|Ед. изм.|Ед."},
    /* and in Croatian, Serbian and Bosnian */
    {"lines.sku", "Šifra|Šifra artikla"},
    {"lines.title", "Naziv|Naziv artikla|Naziv robe"},
    {"lines.qty", "Kol|Količina"},
    {"lines.unit_price", "Cijena|Jed. cijena|Jedinična cijena"},
    {"lines.total", "Iznos|Vrijednost"},
    {"-", "R.br|Rb|Redni broj|J.m|Jm|Jed. mj"},
    /* and in Serbian Cyrillic (Цена is above; Опис, the description
     * beside the name, is a specification label) */
    {"lines.sku", "Шифра|Шифра артикла"},
    {"lines.title", "Назив|Назив артикла|Назив робе"},
    {"lines.qty", "Кол|Количина"},
    {"lines.unit_price", "Јед. цена|Јединична цена"},
    {"lines.total", "Износ|Вредност"},
    {"-", "Р.бр|Рб|Редни број|ЈМ|Јед. мере"},
    /* and in Japanese (品名, 数量, 金額 and 小計 are above) */
    {"lines.sku", "品番|商品コード"},
    {"lines.title", "商品名"},
    {"lines.qty", "発注数|発注数量|注文数|注文数量"},
    {"lines.unit_price", "単価"},
};
#define N_COLUMN_LABELS (sizeof(column_labels) / sizeof(column_labels[0]))

const char *const mail_label_fields[] = {
    "external_id",      "customer.name",  "ship_to.name", "ship_to.phone",
    "ship_to.address",  "buyer_note",     "total",        "currency",
    "placed_at",        "customer.email", "shipping",     "tax",
    "discount",         "lines.sku",      "lines.title",  "lines.qty",
    "lines.unit_price", "lines.total",    NULL,
};

/* Words that state the sum of an order: the total row of a table, the
 * sum row below a list attachment's lines, the total line below a
 * body's items. A subtotal's word states a sum that shipping, tax or a
 * discount may still change. */
static const struct total_word {
    const char *word;
    bool sub;
} total_words[] = {
    {"total", false},
    {"grand total", false},
    {"order total", false},
    {"total amount", false},
    {"total due", false},
    {"amount due", false},
    {"total value", false},
    {"total payment due", false},
    {"genel toplam", false}, /* Turkish */
    {"Összesen", false},     /* Hungarian (non-ASCII letters are not folded) */
    {"Végösszeg", false},
    {"Mindösszesen", false},
    {"合计", false},
    {"合計", false},
    {"合计金额", false},
    {"合計金額", false},
    {"总计", false},
    {"總計", false},
    {"总金额", false},
    {"總金額", false},
    {"订单金额", false},
    {"訂單金額", false},
    {"价税合计", false},
    {"價稅合計", false},
    {"总共", false},
    {"總共", false},
    {"共计", false},
    {"共計", false},
    {"总额", false},
    {"總額", false},
    {"合共", false},
    {"优惠后金额", false}, /* the sum after a whole-order discount */
    {"優惠後金額", false},
    {"折后金额", false},
    {"折後金額", false},
    {"總數", false},   /* Hong Kong: the sum to pay */
    {"抹零后", false}, /* the sum after the odd amount was dropped */
    {"抹零後", false},
    {"subtotal", true},
    {"sub-total", true},
    {"sub total", true},
    {"total before discount", true},
    {"total before tax", true},
    {"小计", true},
    {"小計", true},
    {"ara toplam", true}, /* Turkish */
    {"i alt", false},     /* Danish, Czech, Russian */
    {"celkem", false},
    {"celkem k úhradě", false},
    {"итого", false},
    {"mezisoučet", true},
    {"ukupno", false}, /* Croatian, Serbian, Bosnian */
    {"sveukupno", false},
    {"međuzbroj", true},
};
#define N_TOTAL_WORDS (sizeof(total_words) / sizeof(total_words[0]))

/* ---- folding --------------------------------------------------------- */

static bool is_fw_space(const char *p, const char *z)
{
    return z - p >= 3 && (unsigned char)p[0] == 0xE3 && (unsigned char)p[1] == 0x80 &&
           (unsigned char)p[2] == 0x80;
}

static bool is_nbsp(const char *p, const char *z)
{
    return z - p >= 2 && (unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0;
}

/* U+FF01..U+FF5E at p: its ASCII form, else 0. */
static char fw_ascii(const char *p, const char *z)
{
    unsigned char b1, b2;

    if (z - p < 3 || (unsigned char)p[0] != 0xEF)
        return 0;
    b1 = (unsigned char)p[1];
    b2 = (unsigned char)p[2];
    if (b1 == 0xBC && b2 >= 0x81 && b2 <= 0xBF)
        return (char)(b2 - 0x81 + 0x21);
    if (b1 == 0xBD && b2 >= 0x80 && b2 <= 0x9E)
        return (char)(b2 - 0x80 + 0x60);
    return 0;
}

static bool ascii_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool dropped(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f' || c == '.' ||
           c == ':' || c == '#' || c == '_' || c == '-' || c == '/' || c == '(' || c == ')';
}

struct fold {
    const char *p, *z;
    char last; /* the last significant raw byte's ASCII form (0 when not ASCII) */
    char pend; /* the folded second byte of a letter whose lead byte was returned */
};

/* A Latin capital with a diacritic folded to its small letter
 * ("NARUDŽBENICA", "ÜRÜN", "ČÍSLO" as labels in capitals): Latin-1's
 * À to Þ and Latin Extended-A's pairs, capital first, where both letters
 * share the lead byte. Returns f->p's byte (the lead byte) and leaves
 * the folded second byte for the next call in the one-byte buffer. */
static int latin_lower(struct fold *f)
{
    unsigned char a = (unsigned char)f->p[0], b = (unsigned char)f->p[1];
    unsigned cp = ((a & 0x1Fu) << 6) | (b & 0x3Fu);

    if ((a & 0xE0) != 0xC0 || (b & 0xC0) != 0x80)
        return (unsigned char)*f->p++;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
        cp += 0x20;
    else if (cp >= 0x100 && cp <= 0x17F && cp != 0x130 && cp != 0x138 && cp != 0x149 &&
             cp != 0x13F && cp != 0x178 && cp != 0x17F)
        cp = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E) ? (cp & 1 ? cp + 1 : cp)
                                                                          : (cp & 1 ? cp : cp + 1);
    if ((cp >> 6) != (a & 0x1Fu)) /* another lead byte: left as written */
        return (unsigned char)*f->p++;
    f->pend = (char)(0x80 | (cp & 0x3F));
    f->p += 2;
    return a;
}

/* The next folded byte, or -1 at the end. */
static int fold_next(struct fold *f)
{
    if (f->pend) {
        int c = (unsigned char)f->pend;

        f->pend = 0;
        return c;
    }
    while (f->p < f->z) {
        char c = fw_ascii(f->p, f->z);

        if (c) {
            f->p += 3;
        } else if (is_fw_space(f->p, f->z)) {
            f->p += 3;
            continue;
        } else if (is_nbsp(f->p, f->z)) {
            f->p += 2;
            continue;
        } else if (f->z - f->p >= 2 && (unsigned char)f->p[0] == 0xC2 &&
                   (unsigned char)f->p[1] == 0xBA) {
            /* "Nº": the ordinal sign, written for the degree sign of "N°" */
            f->p += 2;
            f->last = 0;
            f->pend = (char)0xB0;
            return 0xC2;
        } else if ((unsigned char)*f->p >= 0x80) {
            f->last = 0;
            if (f->z - f->p >= 2)
                return latin_lower(f);
            return (unsigned char)*f->p++;
        } else {
            c = *f->p++;
        }
        if (c == '\0' || dropped(c))
            continue;
        f->last = c;
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }
    return -1;
}

/* The character before z: its start, NULL when there is none. */
static const char *prev_char(const char *a, const char *z)
{
    const char *q = z;

    if (q <= a)
        return NULL;
    q--;
    while (q > a && ((unsigned char)*q & 0xC0) == 0x80)
        q--;
    return q;
}

/* White space at the end of [a, z) trimmed. */
static const char *trim_end(const char *a, const char *z)
{
    for (;;) {
        if (z > a && (z[-1] == ' ' || z[-1] == '\t' || z[-1] == '\r' || z[-1] == '\n'))
            z--;
        else if (z - a >= 3 && is_fw_space(z - 3, z))
            z -= 3;
        else if (z - a >= 2 && is_nbsp(z - 2, z))
            z -= 2;
        else
            return z;
    }
}

static const char *trim_start(const char *a, const char *z)
{
    for (;;) {
        if (a < z && (*a == ' ' || *a == '\t' || *a == '\r' || *a == '\n'))
            a++;
        else if (is_fw_space(a, z))
            a += 3;
        else if (is_nbsp(a, z))
            a += 2;
        else
            return a;
    }
}

/* Markdown emphasis at q ("**", "__", "*"): its end, else q. */
static const char *skip_emphasis(const char *q, const char *z)
{
    while (q < z && (*q == '*' || *q == '_'))
        q++;
    return q;
}

/* Closing bracket at q (ASCII or full width, or 】): the opener it
 * needs ('(' for ')' and '）', '[' for ']', '【' for '】'), else NULL. */
static const char *opener_of(const char *q, const char *z)
{
    char a = fw_ascii(q, z);

    if (*q == ')' || a == ')')
        return "(";
    if (*q == ']' || a == ']')
        return "[";
    if (z - q >= 3 && memcmp(q, "】", 3) == 0)
        return "【";
    return NULL;
}

static bool opens(const char *q, const char *z, const char *want)
{
    if (want[0] == '(')
        return *q == '(' || fw_ascii(q, z) == '(';
    if (want[0] == '[')
        return *q == '[' || fw_ascii(q, z) == '[';
    return z - q >= 3 && memcmp(q, "【", 3) == 0;
}

/* End of s[0..n) without trailing white space, ':' / '：' and a
 * trailing bracketed unit ("单价（元）：" -> "单价"). */
static const char *cut_unit(const char *s, size_t n)
{
    const char *a = trim_start(s, s + n), *z = s + n;

    for (int round = 0; round < 4; round++) {
        const char *q, *want;

        z = trim_end(a, z);
        q = prev_char(a, z);
        if (!q)
            break;
        if (*q == ':' || fw_ascii(q, z) == ':') {
            z = q;
            continue;
        }
        want = opener_of(q, z);
        if (!want)
            break;
        /* the last opener before it; a bracket that is the whole text stays */
        {
            const char *o = NULL;

            for (const char *p = a; p < q; p++)
                if (opens(p, z, want))
                    o = p;
            if (!o || trim_end(a, o) == a)
                break;
            z = o;
        }
    }
    return z;
}

/* The end of a label of the tables or of `labels:`: cut_unit only when
 * its last character could be cut (most are plain words: this is the
 * inner loop of every look-up). */
static const char *label_end(const char *l, size_t n)
{
    unsigned char c = n ? (unsigned char)l[n - 1] : 0;

    if (c < 0x80 && c != ')' && c != ']' && c != ':' && c != ' ' && c != '\t')
        return l + n;
    if (c >= 0x80 && n >= 3 && memcmp(l + n - 3, "）", 3) != 0 && memcmp(l + n - 3, "】", 3) != 0 &&
        memcmp(l + n - 3, "：", 3) != 0 && memcmp(l + n - 3, "\u3000", 3) != 0 &&
        !(n >= 2 && is_nbsp(l + n - 2, l + n)))
        return l + n;
    return cut_unit(l, n);
}

size_t mail_label_fold(const char *s, size_t len, char *out, size_t cap)
{
    struct fold f;
    size_t n = 0;
    int c;

    if (!cap)
        return 0;
    if (!s)
        len = 0;
    f = (struct fold){.p = s, .z = s ? cut_unit(s, len) : s};
    while ((c = fold_next(&f)) >= 0 && n + 1 < cap)
        out[n++] = (char)c;
    if (!n && s) {
        /* all punctuation ("#", "No."-less "-"): the text itself, trimmed */
        const char *a = trim_start(s, s + len), *z = trim_end(a, s + len);

        while (a < z && n + 1 < cap)
            out[n++] = *a++;
    }
    out[n] = '\0';
    return n;
}

bool mail_label_among(const char *t, const char *const *words)
{
    char f[64];
    size_t n = mail_label_fold(t, strlen(t), f, sizeof(f));

    for (size_t i = 0; words[i]; i++)
        if (strlen(words[i]) == n && memcmp(f, words[i], n) == 0)
            return true;
    return false;
}

bool mail_seller_label(const char *a, const char *z)
{
    static const char *const labels[] = {"供应商", "供應商", "供方",     "卖方",   "賣方",
                                         "致",     "尊敬的", "Supplier", "Vendor", "Seller",
                                         "Dear",   "To:",    "To ",      "Attn",   NULL};

    for (size_t k = 0; labels[k]; k++) {
        size_t n = strlen(labels[k]);

        if ((size_t)(z - a) >= n && strncasecmp(a, labels[k], n) == 0)
            return true;
    }
    return false;
}

/* Does label l[0..ln) fold to folded[0..fn)? Folds the label as it goes. */
static bool label_eq(const char *folded, size_t fn, const char *l, size_t ln)
{
    struct fold f = {.p = l, .z = label_end(l, ln)};
    size_t i = 0;
    int c;

    while ((c = fold_next(&f)) >= 0) {
        if (i >= fn || (unsigned char)folded[i] != c)
            return false;
        i++;
    }
    if (i == 0) {
        char raw[LABEL_MAX];
        size_t rn = mail_label_fold(l, ln, raw, sizeof(raw));

        return rn == fn && memcmp(raw, folded, fn) == 0;
    }
    return i == fn;
}

/* ---- walking the tables ---------------------------------------------- */

typedef bool (*label_fn)(void *ud, const char *label, size_t len);

static bool each_label_in(const char *list, label_fn fn, void *ud)
{
    const char *p = list;

    while (p && *p) {
        size_t n = strcspn(p, "|");

        if (n && fn(ud, p, n))
            return true;
        p += n;
        if (*p == '|')
            p++;
    }
    return false;
}

static bool each_label(const struct imap_extract_settings *s, const struct label_set *set,
                       label_fn fn, void *ud)
{
    const char *extra = s ? od_strmap_get(&s->labels, set->field) : NULL;

    if (each_label_in(set->labels, fn, ud))
        return true;
    return extra && each_label_in(extra, fn, ud);
}

struct eq_ctx {
    const char *folded;
    size_t n;
};

static bool eq_fn(void *ud, const char *l, size_t n)
{
    const struct eq_ctx *e = ud;

    return label_eq(e->folded, e->n, l, n);
}

/* Labels of a specification column (besides the model columns). */
static const char spec_labels[] = "规格|規格|规格参数|Spec|Specs|Specification|Specifications|"
                                  "Özellik|Especificação|Especificación|Spezifikation|"
                                  "Specifikáció|Specifikation|Specifikace|Specyfikacja|"
                                  "Spécification|Specificatie|Характеристика|Характеристики|"
                                  "Спецификация|仕様|"
                                  /* Croatian and Serbian: the description beside the name */
                                  "Opis|Опис|"
                                  /* Azerbaijani: the feature */
                                  "Xüsusiyyət";

/* ---- the label index ------------------------------------------------- */

/* Every label of the built-in tables, folded once into a hash multimap
 * (by label_eq's folding), so that a look-up folds the text once and
 * probes the map instead of walking some two thousand labels: a whole
 * text (find_whole) is one probe, a label at the start of a text
 * (mail_label_at) one probe per folded prefix up to the longest order
 * label. The tables stay plain '|'-separated strings; `labels:` of a
 * channel is not indexed and is walked as before, in the same order. */

enum label_kind { KIND_ORDER, KIND_COLUMN, KIND_SPEC, KIND_TOTAL };

struct label_entry {
    uint32_t hash;
    int32_t next;    /* the next entry of the bucket, -1 at the end */
    uint32_t key;    /* offset of the folded label in the key pool */
    uint16_t keylen; /* folded bytes */
    uint16_t set;    /* index in its table */
    uint32_t pos;    /* the label's place in all tables, in walking order */
    uint8_t kind;
    bool raw;         /* folds to nothing: keyed by its trimmed text, and
                         never a label at the start of a text */
    const char *text; /* the label as the table writes it */
    uint16_t len;
};

static struct label_index {
    struct label_entry *e;
    size_t n;
    int32_t *heads;
    uint32_t mask;
    char *keys;
    size_t keys_n;
    size_t order_max; /* folded bytes of the longest order label */
    bool ready;
} idx;

static pthread_once_t idx_once = PTHREAD_ONCE_INIT;

static uint32_t fnv_step(uint32_t h, unsigned char c)
{
    return (h ^ c) * UINT32_C(16777619);
}

static uint32_t fnv(const char *p, size_t n)
{
    uint32_t h = UINT32_C(2166136261);

    for (size_t i = 0; i < n; i++)
        h = fnv_step(h, (unsigned char)p[i]);
    return h;
}

struct idx_walk {
    uint8_t kind;
    uint16_t set;
    size_t labels, bytes; /* counting pass */
};

/* Fold label l[0..ln) as label_eq does into out (LABEL_MAX + 1 bytes):
 * its folded length, with *raw set when it folds to nothing; 0 when it
 * is too long to be a label. */
static size_t fold_label(const char *l, size_t ln, char *out, bool *raw)
{
    struct fold f = {.p = l, .z = label_end(l, ln)};
    size_t n = 0;
    int c;

    *raw = false;
    while ((c = fold_next(&f)) >= 0) {
        if (n >= LABEL_MAX)
            return 0;
        out[n++] = (char)c;
    }
    if (n)
        return n;
    *raw = true;
    return mail_label_fold(l, ln, out, LABEL_MAX);
}

static bool idx_add(void *ud, const char *l, size_t ln)
{
    struct idx_walk *w = ud;
    char folded[LABEL_MAX + 1];
    bool raw;
    size_t n = fold_label(l, ln, folded, &raw);
    struct label_entry *e;

    if (!n)
        return false;
    if (!idx.e) {
        w->labels++;
        w->bytes += n;
        return false;
    }
    e = &idx.e[idx.n];
    *e = (struct label_entry){.hash = fnv(folded, n),
                              .key = (uint32_t)idx.keys_n,
                              .keylen = (uint16_t)n,
                              .set = w->set,
                              .pos = (uint32_t)idx.n,
                              .kind = w->kind,
                              .raw = raw,
                              .text = l,
                              .len = (uint16_t)ln};
    memcpy(idx.keys + idx.keys_n, folded, n);
    idx.keys_n += n;
    e->next = idx.heads[e->hash & idx.mask];
    idx.heads[e->hash & idx.mask] = (int32_t)idx.n++;
    if (w->kind == KIND_ORDER && !raw && n > idx.order_max)
        idx.order_max = n;
    return false;
}

/* Walk every built-in label in the tables' order: twice, to count and
 * then to fill. */
static void idx_walk_all(struct idx_walk *w)
{
    w->kind = KIND_ORDER;
    for (size_t i = 0; i < N_ORDER_LABELS; i++) {
        w->set = (uint16_t)i;
        each_label_in(order_labels[i].labels, idx_add, w);
    }
    w->kind = KIND_COLUMN;
    for (size_t i = 0; i < N_COLUMN_LABELS; i++) {
        w->set = (uint16_t)i;
        each_label_in(column_labels[i].labels, idx_add, w);
    }
    w->kind = KIND_SPEC;
    w->set = 0;
    each_label_in(spec_labels, idx_add, w);
    w->kind = KIND_TOTAL;
    for (size_t i = 0; i < N_TOTAL_WORDS; i++) {
        w->set = (uint16_t)i;
        idx_add(w, total_words[i].word, strlen(total_words[i].word));
    }
}

static void idx_build(void)
{
    struct idx_walk w = {0};
    size_t buckets = 64;

    idx_walk_all(&w);
    while (buckets < 2 * w.labels)
        buckets *= 2;
    idx.e = malloc(w.labels * sizeof(*idx.e));
    idx.heads = malloc(buckets * sizeof(*idx.heads));
    idx.keys = malloc(w.bytes ? w.bytes : 1);
    if (!idx.e || !idx.heads || !idx.keys) {
        /* without the index every look-up walks the tables */
        free(idx.e);
        free(idx.heads);
        free(idx.keys);
        memset(&idx, 0, sizeof(idx));
        return;
    }
    memset(idx.heads, 0xff, buckets * sizeof(*idx.heads));
    idx.mask = (uint32_t)(buckets - 1);
    idx_walk_all(&w);
    idx.ready = true;
}

static bool idx_get(void)
{
    pthread_once(&idx_once, idx_build);
    return idx.ready;
}

static bool entry_is(const struct label_entry *e, uint8_t kind, uint32_t h, const char *key,
                     size_t n)
{
    return e->hash == h && e->kind == kind && e->keylen == n &&
           memcmp(idx.keys + e->key, key, n) == 0;
}

/* The first entry (in walking order) of that kind whose folded label is
 * key[0..n) and that `want` accepts (NULL: any), or NULL. */
static const struct label_entry *idx_first(uint8_t kind, const char *key, size_t n,
                                           bool (*want)(const struct label_entry *))
{
    uint32_t h = fnv(key, n);
    const struct label_entry *best = NULL;

    for (int32_t i = idx.heads[h & idx.mask]; i >= 0; i = idx.e[i].next) {
        const struct label_entry *e = &idx.e[i];

        if (entry_is(e, kind, h, key, n) && (!want || want(e)) && (!best || e->pos < best->pos))
            best = e;
    }
    return best;
}

static const char *find_whole(const struct imap_extract_settings *s, const struct label_set *sets,
                              size_t n_sets, const char *text, size_t len)
{
    char folded[LABEL_MAX + 2];
    struct eq_ctx e;
    const struct label_entry *hit;
    size_t first;

    if (!text)
        return NULL;
    e.folded = folded;
    e.n = mail_label_fold(text, len, folded, sizeof(folded));
    if (!e.n || e.n > LABEL_MAX)
        return NULL;
    if (!idx_get()) {
        for (size_t i = 0; i < n_sets; i++)
            if (each_label(s, &sets[i], eq_fn, &e))
                return sets[i].field;
        return NULL;
    }
    hit = idx_first(sets == order_labels ? KIND_ORDER : KIND_COLUMN, folded, e.n, NULL);
    first = hit ? hit->set : n_sets;
    /* a channel's `labels:` of an earlier set comes first */
    for (size_t i = 0; s && s->labels.n && i < first; i++) {
        const char *extra = od_strmap_get(&s->labels, sets[i].field);

        if (extra && each_label_in(extra, eq_fn, &e))
            return sets[i].field;
    }
    return hit ? sets[first].field : NULL;
}

const char *mail_order_field(const struct imap_extract_settings *s, const char *label, size_t len)
{
    return find_whole(s, order_labels, N_ORDER_LABELS, label, len);
}

const char *mail_column_field(const struct imap_extract_settings *s, const char *cell, size_t len)
{
    return find_whole(s, column_labels, N_COLUMN_LABELS, cell, len);
}

static bool is_model_entry(const struct label_entry *e)
{
    return column_labels[e->set].model;
}

bool mail_is_model_label(const char *cell, size_t len)
{
    char folded[LABEL_MAX + 2];
    struct eq_ctx e = {.folded = folded};

    if (!cell)
        return false;
    e.n = mail_label_fold(cell, len, folded, sizeof(folded));
    if (!e.n || e.n > LABEL_MAX)
        return false;
    if (idx_get())
        return idx_first(KIND_COLUMN, folded, e.n, is_model_entry) != NULL;
    for (size_t i = 0; i < N_COLUMN_LABELS; i++)
        if (column_labels[i].model && each_label_in(column_labels[i].labels, eq_fn, &e))
            return true;
    return false;
}

bool mail_is_spec_label(const char *cell, size_t len)
{
    char folded[LABEL_MAX + 2];
    struct eq_ctx e = {.folded = folded};

    if (mail_is_model_label(cell, len))
        return true;
    if (!cell)
        return false;
    e.n = mail_label_fold(cell, len, folded, sizeof(folded));
    if (!e.n || e.n > LABEL_MAX)
        return false;
    if (idx_get())
        return idx_first(KIND_SPEC, folded, e.n, NULL) != NULL;
    return each_label_in(spec_labels, eq_fn, &e);
}

bool mail_spec_code(const char *p, size_t n)
{
    size_t upper = 0, digit = 0, dash = 0;

    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)p[i];

        if (ch >= 'A' && ch <= 'Z')
            upper++;
        else if (ch >= '0' && ch <= '9')
            digit++;
        else if (ch == '-' || ch == '_' || ch == '.')
            dash++;
        else if (!(ch >= 'a' && ch <= 'z'))
            return false;
    }
    return n >= 4 && upper >= 2 && digit >= 1 && (dash >= 1 || upper >= 2);
}

bool mail_name_code(const char *p, size_t n)
{
    return mail_spec_code(p, n) && memchr(p, '-', n) != NULL;
}

bool mail_spec_part(const char **p, size_t *n, const char **code, size_t *code_n)
{
    const char *s = *p, *sp;
    size_t m = *n, k = 0;

    while (m && *s == ' ')
        s++, m--;
    while (m && s[m - 1] == ' ')
        m--;
    while (k < m && s[k] && strchr("-/\xe2\x80\x94", s[k]))
        k++;
    if (k == m)
        return false; /* empty, or only a dash */
    if (code) {
        *code = NULL;
        *code_n = 0;
        sp = memchr(s, ' ', m);
        if (sp && mail_spec_code(s, (size_t)(sp - s))) {
            /* "HD-SF-5023 50cm": the code, then the spec */
            *code = s;
            *code_n = (size_t)(sp - s);
            while (sp < s + m && *sp == ' ')
                sp++;
            m -= (size_t)(sp - s);
            s = sp;
        }
    }
    *p = s;
    *n = m;
    return true;
}

const char *mail_header_field(const struct imap_extract_settings *s, const char *cell)
{
    const char *f = mail_column_field(s, cell, strlen(cell));

    if (f)
        return strcmp(f, "-") == 0 ? NULL : f;
    f = mail_order_field(s, cell, strlen(cell));
    /* a "Tax" or "Discount" column of a CSV file is as often a rate
     * ("13%") as an amount: it is mapped only by `columns:` */
    if (f && (strcmp(f, "tax") == 0 || strcmp(f, "discount") == 0))
        return NULL;
    return f ? f : mail_record_column(s, cell); /* "ItemQuantity": listcols.c */
}

/* The total word that p[0..n) folds to, or NULL. */
static const struct total_word *total_word_eq(const char *p, size_t n)
{
    char folded[LABEL_MAX + 2];
    size_t fn = mail_label_fold(p, n, folded, sizeof(folded));

    const struct label_entry *hit;

    if (!fn || fn > LABEL_MAX)
        return NULL;
    if (idx_get())
        return (hit = idx_first(KIND_TOTAL, folded, fn, NULL)) ? &total_words[hit->set] : NULL;
    for (size_t i = 0; i < N_TOTAL_WORDS; i++)
        if (label_eq(folded, fn, total_words[i].word, strlen(total_words[i].word)))
            return &total_words[i];
    return NULL;
}

enum mail_total mail_total_word(const char *p, size_t n)
{
    const struct total_word *w;
    const char *colon = NULL;

    if (!p)
        return MAIL_TOTAL_NONE;
    if (!(w = total_word_eq(p, n))) {
        /* "合计：123": the label part */
        for (const char *q = p; q < p + n && !colon; q++)
            if (*q == ':' || fw_ascii(q, p + n) == ':')
                colon = q;
        if (!colon || colon == p || !(w = total_word_eq(p, (size_t)(colon - p))))
            return MAIL_TOTAL_NONE;
    }
    return w->sub ? MAIL_TOTAL_SUB : MAIL_TOTAL_ORDER;
}

bool mail_is_total_word(const char *p, size_t n)
{
    return mail_total_word(p, n) != MAIL_TOTAL_NONE;
}

static bool ascii_alpha(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

const char *mail_total_lead(const char *l, size_t n)
{
    const struct total_word *best = NULL;
    const char *z = l + n;
    size_t best_k = 0;

    while (l < z && (*l == ' ' || *l == '\t' || *l == '*' || *l == '|'))
        l++;
    for (size_t i = 0; i < N_TOTAL_WORDS; i++) {
        size_t k = strlen(total_words[i].word);

        if (k <= best_k || (size_t)(z - l) < k || strncasecmp(l, total_words[i].word, k) != 0)
            continue;
        if (ascii_alpha((unsigned char)total_words[i].word[0]) && l + k < z &&
            ascii_alpha((unsigned char)l[k]))
            continue; /* "Totals", "Totale" */
        best = &total_words[i];
        best_k = k;
    }
    return best && !best->sub ? l + best_k : NULL;
}

/* ---- a label at the start of a text ---------------------------------- */

struct at_ctx {
    const char *p, *z;
    const char *field;
    bool id_field;
    size_t best_label; /* raw bytes of the best label */
    size_t best_value; /* its value offset */
    const char *found; /* field of the best */
};

/* A bracketed unit right after a label ("（元）", "(CNY)"): its end,
 * else q. */
static const char *skip_unit(const char *q, const char *z)
{
    const char *want = NULL, *c;
    size_t w;

    if (q < z && *q == '(')
        want = ")", w = 1;
    else if (fw_ascii(q, z) == '(')
        want = "）", w = 3;
    else if (z - q >= 3 && memcmp(q, "【", 3) == 0)
        want = "】", w = 3;
    else
        return q;
    bool digits = false, pct = false;

    for (c = q + w; c < z && c - q < 40 && *c != '\n'; c++) {
        if ((size_t)(z - c) >= strlen(want) && memcmp(c, want, strlen(want)) == 0)
            /* a unit holds no digit: "Phone (905) 373-1463" is a value;
             * a rate is no value: "税额（13%）", "VAT (20%)" */
            return !digits || pct ? c + strlen(want) : q;
        if (*c >= '0' && *c <= '9')
            digits = true;
        else if (*c == '%' || (z - c >= 3 && memcmp(c, "％", 3) == 0))
            pct = true;
        else if (digits && *c != '.' && *c != ' ')
            return q;
    }
    return q;
}

/* "Consignee / Notify:", "收货人/Consignee:": a second name for the
 * label after a slash, up to the colon (no digits, at most 30 bytes);
 * q when there is none. */
static const char *skip_alternative(const char *q, const char *z)
{
    const char *c = trim_start(q, z);

    if (c == z || (*c != '/' && fw_ascii(c, z) != '/'))
        return q;
    for (c += *c == '/' ? 1 : 3; c < z && c - q < 30; c++) {
        if (*c >= '0' && *c <= '9')
            return q;
        if (*c == ':' || fw_ascii(c, z) == ':')
            return c;
    }
    return q;
}

/* Does the value at v start with a token holding a digit? */
static bool digit_token(const char *v, const char *z)
{
    for (; v < z && *v != ' ' && *v != '\t' && !is_fw_space(v, z); v++)
        if ((*v >= '0' && *v <= '9') || (fw_ascii(v, z) >= '0' && fw_ascii(v, z) <= '9'))
            return true;
    return false;
}

static bool ends_like_number_word(const char *a, const char *e)
{
    size_t n = (size_t)(e - a);

    return (n >= 1 && (e[-1] == '#' || e[-1] == '.')) ||
           (n >= 2 && strncasecmp(e - 2, "no", 2) == 0 &&
            (n == 2 || !ascii_alnum((unsigned char)e[-3]))) ||
           (n >= 3 && (memcmp(e - 3, "号", 3) == 0 || memcmp(e - 3, "號", 3) == 0)) ||
           (n >= 2 && (memcmp(e - 2, "°", 2) == 0 || memcmp(e - 2, "º", 2) == 0));
}

/* Bytes of "label<separator>" at the start of the text and the value
 * offset, or 0 when label l does not start the text with a separator. */
/* A rate after a label ("5%", "6.5 %", "13％"): where it ends, else p. */
static const char *skip_rate(const char *p, const char *z)
{
    const char *q = p;

    while (q < z && *q >= '0' && *q <= '9' && q - p < 3)
        q++;
    if (q == p)
        return p;
    if (q < z && *q == '.') {
        const char *f = ++q;

        while (q < z && *q >= '0' && *q <= '9' && q - f < 2)
            q++;
        if (q == f)
            return p;
    }
    q = trim_start(q, z);
    if (q < z && *q == '%')
        return q + 1;
    if (z - q >= 3 && memcmp(q, "％", 3) == 0)
        return q + 3;
    return p;
}

/* "联系 买买提·吾斯曼 0995-8523316", "收货人 包丽 0574-8820 6618": a
 * receiver's label in Chinese (it ends label_end), a space, not a colon,
 * then a value that starts with a Chinese name and ends with a phone's
 * seven digits or more: the label and its value all the same (a Latin
 * name after it, "收货人 Nguyễn Văn Hùng", may be another order's). */
static bool receiver_spaced(const struct at_ctx *m, const char *label_end, const char *v)
{
    const char *z = trim_end(v, m->z);
    size_t digits = 0;

    if (strcmp(m->field, "ship_to.name") != 0 || label_end - m->p < 3 ||
        (unsigned char)label_end[-1] < 0x80 || (unsigned char)label_end[-3] < 0xE4 ||
        (unsigned char)*v < 0xE4 || z == v || !(z[-1] >= '0' && z[-1] <= '9'))
        return false;
    for (const char *q = z; q > v && (strchr("0123456789- ", q[-1]) != NULL); q--)
        digits += q[-1] >= '0' && q[-1] <= '9';
    return digits >= 7;
}

static size_t label_sep(const struct at_ctx *m, const char *l, size_t ln, size_t *value_off)
{
    struct fold lf = {.p = l, .z = label_end(l, ln)}, tf = {.p = m->p, .z = m->z};
    const char *q, *label_end, *v;
    size_t nlabel = 0;
    int c;

    while ((c = fold_next(&lf)) >= 0) {
        if (fold_next(&tf) != c)
            return 0;
        nlabel++;
    }
    if (!nlabel)
        return 0;
    q = tf.p;
    /* an ASCII label ends at a word boundary ("Note" is not "No") */
    if (ascii_alnum((unsigned char)tf.last) && q < m->z && ascii_alnum((unsigned char)*q))
        return 0;
    /* "No." "PO#" "Order #": the label's own punctuation */
    label_end = q;
    for (;;) {
        const char *w = trim_start(q, m->z);

        if (w < m->z && (*w == '.' || *w == '#'))
            q = w + 1;
        else if (fw_ascii(w, m->z) == '#' || fw_ascii(w, m->z) == '.')
            q = w + 3;
        else
            break;
        label_end = q;
    }
    q = skip_unit(trim_start(q, m->z), m->z);
    if (q != trim_start(label_end, m->z))
        label_end = q; /* "单价（元）" */
    if ((v = skip_alternative(q, m->z)) != q)
        q = label_end = v;
    /* "營業稅 5%：", "VAT 20%:": a rate between the label and its colon */
    v = skip_rate(trim_start(q, m->z), m->z);
    if (v != trim_start(q, m->z) && (v = trim_start(v, m->z)) < m->z &&
        (*v == ':' || fw_ascii(v, m->z) == ':'))
        q = label_end = v;
    /* "**订单号**：81626", "**Ship to:** Emma": Markdown bold around the label */
    v = trim_start(skip_emphasis(trim_start(q, m->z), m->z), m->z);
    if (v < m->z &&
        (*v == ':' || *v == '=' || fw_ascii(v, m->z) == ':' || fw_ascii(v, m->z) == '=')) {
        v += (*v == ':' || *v == '=') ? 1 : 3;
        v = skip_emphasis(trim_start(v, m->z), m->z);
        *value_off = (size_t)(trim_start(v, m->z) - m->p);
        return (size_t)(label_end - m->p);
    }
    v = trim_start(q, m->z);
    if (v > label_end && memchr(label_end, '\t', (size_t)(v - label_end))) {
        /* "Customer<TAB>ACME": a table cell */
        *value_off = (size_t)(v - m->p);
        return (size_t)(label_end - m->p);
    }
    if (v == m->z)
        return 0;
    if (v > label_end && receiver_spaced(m, label_end, v)) {
        *value_off = (size_t)(v - m->p);
        return (size_t)(label_end - m->p);
    }
    /* "PO# 2291", "Order No. 12", "订单号 PO-1": a label that ends like a
     * number word needs no colon; "PO 4500012345": an order-number label
     * followed by a number, but not "Order" ("Order 100 pcs" is a verb). Either way the value must
     * hold a digit
     * ("P.O. Box 12" is an address). */
    if (digit_token(v, m->z) &&
        ((ends_like_number_word(m->p, label_end) && (v > label_end || label_end[-1] == '#')) ||
         (m->id_field && v > label_end &&
          !(label_end - m->p >= 5 && strncasecmp(label_end - 5, "order", 5) == 0)))) {
        *value_off = (size_t)(v - m->p);
        return (size_t)(label_end - m->p);
    }
    return 0;
}

static bool at_fn(void *ud, const char *l, size_t n)
{
    struct at_ctx *m = ud;
    size_t off = 0, k = label_sep(m, l, n, &off);

    if (k > m->best_label) {
        m->best_label = k;
        m->best_value = off;
        m->found = m->field;
    }
    return false;
}

static int by_pos(const void *a, const void *b)
{
    const struct label_entry *x = *(const struct label_entry *const *)a;
    const struct label_entry *y = *(const struct label_entry *const *)b;

    return x->pos < y->pos ? -1 : x->pos > y->pos;
}

/* Try every order label at m->p, in the tables' order: from the index,
 * the labels whose folded form is a prefix of the text's (any other
 * cannot match), then each set's `labels:` of the channel. */
static void labels_at(const struct imap_extract_settings *s, struct at_ctx *m)
{
    const struct label_entry *cand[64];
    size_t nc = 0, k = 0;
    bool all = !idx_get();

    if (!all) {
        struct fold f = {.p = m->p, .z = m->z};
        char key[LABEL_MAX];
        uint32_t h = UINT32_C(2166136261);
        size_t n = 0;
        int c;

        while (!all && n < idx.order_max && (c = fold_next(&f)) >= 0) {
            key[n++] = (char)c;
            h = fnv_step(h, (unsigned char)c);
            for (int32_t i = idx.heads[h & idx.mask]; i >= 0; i = idx.e[i].next) {
                const struct label_entry *e = &idx.e[i];

                if (!entry_is(e, KIND_ORDER, h, key, n) || e->raw)
                    continue;
                if (nc == sizeof(cand) / sizeof(cand[0])) {
                    all = true; /* more than can be kept: walk the tables */
                    break;
                }
                cand[nc++] = e;
            }
        }
        qsort(cand, nc, sizeof(cand[0]), by_pos);
    }
    for (size_t i = 0; i < N_ORDER_LABELS; i++) {
        const char *extra = s ? od_strmap_get(&s->labels, order_labels[i].field) : NULL;

        m->field = order_labels[i].field;
        m->id_field = i == 0;
        if (all) {
            each_label_in(order_labels[i].labels, at_fn, m);
        } else {
            for (; k < nc && cand[k]->set == i; k++)
                at_fn(m, cand[k]->text, cand[k]->len);
        }
        if (extra)
            each_label_in(extra, at_fn, m);
    }
}

const char *mail_label_at(const struct imap_extract_settings *s, const char *text, size_t len,
                          size_t *value_off)
{
    struct at_ctx m = {.p = text, .z = text + len};
    const char *start;

    if (!text || !len)
        return NULL;
    /* "**PO Number:** 12": Markdown bold before the label */
    if (text[0] == '*' || text[0] == '_')
        m.p = skip_emphasis(text, m.z);
    start = m.p;
    for (int pass = 0; pass < 3 && !m.found; pass++) {
        if (pass == 2) {
            /* "Pedido n.º / Order no.: 12", "Fecha / Date: …": a label in
             * two languages, the second one known */
            const char *slash = memmem(start, (size_t)(m.z - start), " / ", 3), *c;

            if (!slash || slash - start > 40)
                break;
            for (c = start; c < slash && *c != ':' && fw_ascii(c, m.z) != ':'; c++)
                ;
            if (c < slash)
                break;
            m.p = slash + 3;
        } else if (pass == 1) {
            /* "Please ship to:", "Kindly deliver to:", "请送至：": a
             * polite word before the label */
            static const char *const lead[] = {"please ", "kindly ", "pls ", "请", "請", NULL};
            size_t k = 0;

            for (size_t i = 0; lead[i] && !k; i++)
                if ((size_t)(m.z - m.p) > strlen(lead[i]) &&
                    strncasecmp(m.p, lead[i], strlen(lead[i])) == 0)
                    k = strlen(lead[i]);
            if (!k)
                continue;
            m.p += k;
        }
        labels_at(s, &m);
    }
    if (m.found)
        *value_off = m.best_value + (size_t)(m.p - text);
    return m.found;
}

/* ---- values ---------------------------------------------------------- */

/* Copy s[0..n) to buf with full-width ASCII forms as ASCII and
 * full-width / non-breaking spaces as spaces, trimmed. The length, or
 * (size_t)-1 when it does not fit. */
static size_t ascii_copy(const char *s, size_t n, char *buf, size_t cap)
{
    const char *p = s, *z = s + n;
    size_t k = 0;

    p = trim_start(p, z);
    z = trim_end(p, z);
    /* "£17,473.24**": Markdown bold around a value */
    while (z > p && (z[-1] == '*' || z[-1] == '_') && z - p >= 2)
        z = trim_end(p, z - 1);
    p = trim_start(skip_emphasis(p, z), z);
    while (p < z) {
        char c = fw_ascii(p, z);
        size_t w = 1;

        if (c) {
            w = 3;
        } else if (is_fw_space(p, z)) {
            c = ' ';
            w = 3;
        } else if (is_nbsp(p, z)) {
            c = ' ';
            w = 2;
        } else {
            c = *p;
        }
        if (k + 1 >= cap)
            return (size_t)-1;
        buf[k++] = c;
        p += w;
    }
    buf[k] = '\0';
    return k;
}

static bool letter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

size_t mail_id_capital(const char *p, size_t n)
{
    unsigned char a = n >= 1 ? (unsigned char)p[0] : 0, b = n >= 2 ? (unsigned char)p[1] : 0;

    return (a == 0xCE && b >= 0x91 && b <= 0xA9) || (a == 0xD0 && b >= 0x90 && b <= 0xAF) ? 2 : 0;
}

bool mail_letter_mark_ok(const char *p, size_t n)
{
    return n >= 3 && p[1] == ' ' && p[2] >= '0' && p[2] <= '9';
}

size_t mail_currency_at(const char *p, size_t n, enum mail_side side, const char **code)
{
    size_t best = 0, nc;
    const struct mail_currency *currencies = mail_currency_list(&nc);

    for (size_t i = 0; i < nc; i++) {
        const char *w = currencies[i].w;
        size_t k = strlen(w);
        bool code_letter;

        if (k <= best)
            continue;
        if (k == 1 && letter((unsigned char)w[0]) &&
            (side != MAIL_START || !mail_letter_mark_ok(p, n)))
            continue;
        /* a code is a word of its own: "RM 0.62", not "RMB" or "Rmk";
         * "12 FORM" ends with no "RM" */
        if (side == MAIL_START) {
            if (!curmark_starts(&currencies[i], p, n))
                continue;
            code_letter = letter((unsigned char)w[k - 1]) && k < n && letter((unsigned char)p[k]);
        } else {
            if (!curmark_ends(&currencies[i], p, n))
                continue;
            code_letter =
                letter((unsigned char)w[0]) && k < n && letter((unsigned char)p[n - k - 1]);
        }
        if (code_letter)
            continue;
        best = k;
        if (code)
            *code = currencies[i].code;
    }
    return best;
}

/* Does the bracketed remark s hold digits only in rates ("(VAT 0 %,
 * export)", "(incl. 20% VAT)"), or none: no second amount in it? */
static bool rate_digits_only(const char *s)
{
    for (; *s; s++) {
        const char *d = s;

        if (*s < '0' || *s > '9')
            continue;
        while (*s == '.' || *s == ',' || (*s >= '0' && *s <= '9'))
            s++;
        while (*s == ' ')
            s++;
        if (*s != '%' || d[0] == '.' || d[0] == ',')
            return false;
    }
    return true;
}

int mail_parse_amount(const char *p, size_t n, od_money *out)
{
    char buf[128];
    size_t k, w;
    char *a = buf;
    char *slash, *open_br;

    if (!p)
        return od_error_set(OD_EINVAL, "no amount");
    k = ascii_copy(p, n, buf, sizeof(buf));
    if (k == (size_t)-1)
        return od_error_set(OD_EINVAL, "'%.40s…' is not an amount: too long", buf);
    /* "+260.00（专车）", "35.00 (express)": a remark in brackets after the
     * amount is not part of it (a wholly bracketed "(12.00)" is a negative
     * amount and stays; a bracket holding digits may be a second amount) */
    open_br = memrchr(buf, '(', k);
    if (k && buf[k - 1] == ')' && open_br && open_br > buf &&
        memchr(buf, '(', (size_t)(open_br - buf)) == NULL && rate_digits_only(open_br) &&
        memchr(buf, ')', (size_t)(open_br - buf)) == NULL) {
        k = (size_t)(open_br - buf);
        while (k && buf[k - 1] == ' ')
            k--;
        buf[k] = '\0';
    }
    /* "¥555,200-": a Japanese amount closed by a dash so that nothing can
     * be added after it (not SAP's trailing minus, which has no yen mark) */
    if (k >= 3 && buf[k - 1] == '-' && buf[k - 2] >= '0' && buf[k - 2] <= '9' &&
        (strncmp(buf, "¥", strlen("¥")) == 0 || strncmp(buf, "￥", strlen("￥")) == 0 ||
         strncasecmp(buf, "JPY", 3) == 0))
        buf[--k] = '\0';
    /* "59.00/件", "12/pcs": a price per unit */
    slash = memrchr(buf, '/', k);
    if (slash && slash > buf && strpbrk(slash, "0123456789") == NULL &&
        (size_t)(buf + k - slash) <= 13) {
        k = (size_t)(slash - buf);
        while (k && buf[k - 1] == ' ')
            k--;
        buf[k] = '\0';
    }
    if ((w = mail_currency_at(a, k, MAIL_END, NULL)) != 0) {
        k -= w;
        while (k && a[k - 1] == ' ')
            k--;
        a[k] = '\0';
    }
    /* an ASCII word must not run into letters ("EURO") */
    if ((w = mail_currency_at(a, k, MAIL_START, NULL)) != 0) {
        a += w;
        k -= w;
        while (k && *a == ' ') {
            a++;
            k--;
        }
    }
    if (!k)
        return od_error_set(OD_EINVAL, "'%s' is not an amount", buf);
    /* "-HK$483.60": the sign before a currency word */
    if (k > 2 && a[0] == '-' && !(a[1] >= '0' && a[1] <= '9') && a[1] != '-') {
        od_money m;
        int rc = mail_parse_amount(a + 1, k - 1, &m);

        if (rc == 0 && m > 0) {
            *out = -m;
            return 0;
        }
    }
    return od_money_parse(a, k, out);
}

/* Units allowed after a quantity ("10 pcs", "5件"). */
static bool qty_unit(const char *p, const char *z)
{
    static const char *const units[] = {
        "个", "件", "箱", "盒", "套", "只", "台", "支", "包", "瓶", "袋", "双", "张", "本", "条",
        "卷", "桶", "把", "块", "根", "片", "对", "组", "罐", "批", "打", "捆", "扎", "令", "托",
        "PCS", "PC", "EA", "UNIT", "UNITS", "SET", "SETS", "BOX", "BOXES", "PACK", "PACKS", "PK",
        "CTN", "CTNS", "ROLL", "ROLLS", "PAIR", "PAIRS", "BAG", "BAGS", "DOZ", "DOZEN", "PALLET",
        "PALLETS", "CS", "CASE", "CASES", "CARTON", "CARTONS", "PIECE", "PIECES", "STACK", "STACKS",
        "SHEET", "SHEETS", "NOS", /* numbers: pieces in Indian ledgers */
        /* German, French, Italian and Spanish pieces */
        "STK", "STÜCK", "Stück", "PCE", "PCES", "PZ", "PEZZI", "UDS", "UNIDADES",
        /* Mexican Spanish pieces ("12,000 pzas") */
        "PZA", "PZAS", "PIEZA", "PIEZAS",
        /* Polish, Russian and Romanian (bucăți) pieces */
        "SZT", "шт", "ШТ", "BUC",
        /* Czech and Slovak pieces (kusy), Hungarian (darab), Portuguese */
        "KS", "DB", "UN", "UND", "REAM", "REAMS",
        /* Turkish pieces (adet); Croatian, Serbian and Slovene pieces
         * (komad) and bundles (svežanj) */
        "ADET", "KOM", "svež", "SVEŽ",
        /* the same units in traditional characters (Big5 mails) */
        "個", "隻", "條", "張", "雙", "組", "對", "臺", "塊", "捲", "紮", "綑",
        /* the Japanese counter of flat things (bags, sheets: "30,000枚") */
        "枚",
        /* weight and length sold by the whole unit ("250kg", "600m") */
        "KG", "M", "米", "公斤", "千克", NULL};

    while (p < z && *p == ' ')
        p++;
    if (p == z)
        return true;
    /* "50 тыс. шт": a count in thousands, kept as written (the price is
     * then for a thousand; the row's arithmetic checks it) */
    for (size_t i = 0; i < 2; i++) {
        const char *t = i ? "ТЫС" : "тыс";
        size_t tn = strlen(t);

        if ((size_t)(z - p) >= tn && memcmp(p, t, tn) == 0) {
            p += tn;
            if (p < z && *p == '.')
                p++;
            while (p < z && *p == ' ')
                p++;
            if (p == z)
                return true;
            break;
        }
    }
    /* "szt.", "pcs.", "шт.": a unit cut short with a point */
    if (z - p >= 2 && z[-1] == '.' && z[-2] != '.' && !(z[-2] >= '0' && z[-2] <= '9'))
        z--;
    for (size_t i = 0; units[i]; i++)
        if ((size_t)(z - p) == strlen(units[i]) && strncasecmp(p, units[i], (size_t)(z - p)) == 0)
            return true;
    return false;
}

/* "万" / "萬" (10,000) or "千" (1,000) at p: its factor, 0 when none. */
static int64_t qty_scale_at(const char *p, const char *z)
{
    if (z - p >= 3 && (memcmp(p, "万", 3) == 0 || memcmp(p, "萬", 3) == 0))
        return 10000;
    if (z - p >= 3 && memcmp(p, "千", 3) == 0)
        return 1000;
    return 0;
}

/* Where a count written with a Chinese multiplier ends: p is at its
 * decimal point ("1.2万个" → after "万") or at the multiplier itself
 * ("8千个"); p when there is none. */
static const char *qty_scale_end(const char *p, const char *z)
{
    const char *d = p;

    if (d < z && *d == '.')
        for (d++; d < z && *d >= '0' && *d <= '9'; d++)
            ;
    return qty_scale_at(d, z) ? d + 3 : p;
}

/* "1.2万" = 12000, "8千" = 8000: *v (the whole part, read) scaled by the
 * multiplier after it, with the decimals at p; false when there is no
 * multiplier or the count is no whole number. */
static bool scaled_qty(const char *p, const char *z, int64_t *v)
{
    const char *d = p;
    int64_t f, frac = 0, div = 1, r;

    if (d < z && *d == '.')
        for (d++; d < z && *d >= '0' && *d <= '9' && div < 10000; d++) {
            frac = frac * 10 + (*d - '0');
            div *= 10;
        }
    f = qty_scale_at(d, z);
    if (!f || *v > 1000000000LL / f)
        return false;
    if ((frac * f) % div != 0)
        return false;
    r = *v * f + frac * f / div;
    *v = r;
    return true;
}

int mail_parse_qty(const char *p, size_t n, int64_t *out, char *why, size_t wl)
{
    char buf[64], shown[64];
    const char *q, *z;
    size_t k;
    int64_t v = 0;
    size_t digits = 0;

    if (!p)
        p = "", n = 0;
    k = ascii_copy(p, n, buf, sizeof(buf));
    {
        const char *a = trim_start(p, p + n), *e = trim_end(a, p + n);
        size_t sn = (size_t)(e - a) < sizeof(shown) - 1 ? (size_t)(e - a) : sizeof(shown) - 1;

        memcpy(shown, a, sn);
        shown[sn] = '\0';
        od_utf8_sanitize(shown);
    }
    if (k == (size_t)-1) {
        snprintf(why, wl, "quantity '%s' is not a number", shown);
        return od_error_set(OD_EINVAL, "%s", why);
    }
    z = buf + k;
    /* digits, thousands commas, and a space before a group of three that
     * ends the number ("3 000", "1 200 000" as French and Russian write
     * them) */
    for (q = buf; q < z && ((*q >= '0' && *q <= '9') || (*q == ',' && digits) ||
                            (*q == ' ' && digits && ns_digits(q + 1, z) == 3));
         q++) {
        if (*q == ',' || *q == ' ')
            continue;
        if (v > 1000000000LL) {
            snprintf(why, wl, "quantity '%s' must be between 1 and 1000000000", shown);
            return od_error_set(OD_EINVAL, "%s", why);
        }
        v = v * 10 + (*q - '0');
        digits++;
    }
    if (!digits && mail_count_words(buf, z, &v, &q)) {
        /* "两百包", "一千五百个": a count in Chinese numerals */
    } else if (!digits) {
        snprintf(why, wl, "quantity '%s' is not a number", shown);
        return od_error_set(OD_EINVAL, "%s", why);
    } else if (qty_scale_end(q, z) != q) {
        /* "1.2万个", "8千个" */
        if (!scaled_qty(q, z, &v)) {
            snprintf(why, wl, "quantity '%s' is not a whole number", shown);
            return od_error_set(OD_EINVAL, "%s", why);
        }
        q = qty_scale_end(q, z);
    } else if (q < z && (*q == '.' || *q == ',')) {
        const char *d = q + 1;

        while (d < z && *d == '0')
            d++;
        if (d < z && *d >= '1' && *d <= '9') {
            snprintf(why, wl, "quantity '%s' is not a whole number", shown);
            return od_error_set(OD_EINVAL, "%s", why);
        }
        q = d;
    }
    if (!qty_unit(q, z)) {
        snprintf(why, wl, "quantity '%s' is not a number", shown);
        return od_error_set(OD_EINVAL, "%s", why);
    }
    if (v < 1 || v > 1000000000LL) {
        snprintf(why, wl, "quantity '%s' must be between 1 and 1000000000", shown);
        return od_error_set(OD_EINVAL, "%s", why);
    }
    *out = v;
    return 0;
}

/* "=== PO #1 ===": a heading that numbers the orders of a mail, one or
 * two digits then a rule of three or more '=', '-' or '*' to the end
 * ([a, z) after the digits); the order's number is on a line below. */
static bool banner_ordinal(const char *id, size_t k, const char *a, const char *z)
{
    const char *r;

    if (k == 0 || k > 2 || !(id[0] >= '0' && id[0] <= '9') ||
        (k == 2 && !(id[1] >= '0' && id[1] <= '9')))
        return false;
    a = trim_start(a, z);
    for (r = a; r < z && (*r == '=' || *r == '-' || *r == '*'); r++)
        ;
    return r - a >= 3 && trim_start(r, z) == z;
}

/* A Greek or Cyrillic letter at p (two bytes of UTF-8, U+0391 to U+04FF),
 * or a Latin letter with a mark: order numbers in those alphabets start
 * with one ("СФ-27/118", "LÇ-2028/07"). */
static bool alphabet_letter(const char *p, const char *z)
{
    unsigned char b0, b1;

    if (z - p < 2)
        return false;
    b0 = (unsigned char)p[0];
    b1 = (unsigned char)p[1];
    if (b1 < 0x80 || b1 > 0xBF)
        return false;
    /* a Latin letter with a mark ("LÇ-2028/07": U+00C0..U+024F, and ə),
     * not × nor ÷ */
    if (b0 == 0xC3)
        return b1 != 0x97 && b1 != 0xB7;
    if ((b0 >= 0xC4 && b0 <= 0xC8) || (b0 == 0xC9 && (b1 <= 0x8F || b1 == 0x99)))
        return true;
    return (b0 == 0xCE && b1 >= 0x91) || b0 == 0xCF || (b0 >= 0xD0 && b0 <= 0xD3);
}

static bool memchr_digit(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] >= '0' && p[i] <= '9')
            return true;
    return false;
}

bool mail_take_id(const char *p, size_t n, char out[MAIL_ID_MAX + 1])
{
    const char *z, *a;
    size_t k = 0;
    bool alnum = false, letters = false;

    if (!p)
        return false;
    z = p + n;
    a = trim_start(p, z);
    /* "#123": the sign says "number", it is not part of it */
    while (a < z && *a == '#')
        a++;
    /* letters, digits and -_/.# (also full width); anything else ends the
     * number ("PO-2291（加急）", "PO-2291, thanks") */
    while (a < z) {
        char c = fw_ascii(a, z);
        size_t w = c ? 3 : 1;

        if (!c && alphabet_letter(a, z)) {
            /* "СФ-27/118": a Greek or Cyrillic letter, kept as written */
            if (k + 2 > MAIL_ID_MAX)
                return false;
            out[k++] = a[0];
            out[k++] = a[1];
            a += 2;
            letters = true;
            continue;
        }
        if (!c)
            c = *a;
        if (!ascii_alnum((unsigned char)c) && !strchr("-_/.#", c))
            break;
        if (c == '\0')
            break;
        if (k == MAIL_ID_MAX)
            return false;
        if (ascii_alnum((unsigned char)c))
            alnum = true;
        out[k++] = c;
        a += w;
    }
    while (k && out[k - 1] == '.')
        k--;
    /* a Greek or Cyrillic word alone is no number ("см. вложение") */
    if (!alnum || banner_ordinal(out, k, a, z) || (letters && !memchr_digit(out, k)))
        return false;
    out[k] = '\0';
    return true;
}

/* ---- dates ----------------------------------------------------------- */

static int month_of(const char *w, size_t n)
{
    static const char *const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};

    /* Spanish months whose first letters differ from the English */
    static const struct {
        const char *w;
        int m;
    } es[] = {{"ene", 1}, {"abr", 4}, {"ago", 8}, {"dic", 12}};

    if (n < 3)
        return 0;
    for (int i = 0; i < 12; i++)
        if (strncasecmp(w, names[i], 3) == 0)
            return i + 1;
    for (size_t i = 0; i < sizeof(es) / sizeof(es[0]); i++)
        if (strncasecmp(w, es[i].w, 3) == 0)
            return es[i].m;
    return 0;
}

/* Past a Spanish or Portuguese "de " between a date's parts ("21 de
 * octubre de 2027"). */
static const char *skip_de(const char *p, const char *z)
{
    if (z - p > 3 && (p[0] == 'd' || p[0] == 'D') && p[1] == 'e' && p[2] == ' ')
        for (p += 3; p < z && *p == ' ';)
            p++;
    return p;
}

/* A run of ASCII letters at p (a word), its length. */
static size_t word_len(const char *p, const char *z)
{
    const char *q = p;

    while (q < z && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z')))
        q++;
    return (size_t)(q - p);
}

static size_t num_len(const char *p, const char *z, long *v)
{
    const char *q = p;

    *v = 0;
    while (q < z && *q >= '0' && *q <= '9' && q - p < 6)
        *v = *v * 10 + (*q++ - '0');
    return (size_t)(q - p);
}

/* "20 Nov 2026 [time]", "Nov 20, 2026 [time]", "Fri, 20 Nov 2026 09:30:00 +0800"
 * -> "2026-11-20[ time]" in buf. */
static bool english_date(const char *p, const char *z, char *buf, size_t cap)
{
    long d = 0, y = 0;
    int mon = 0;
    size_t w, yl;
    bool dashed = false;
    const char *rest;

    /* a weekday */
    w = word_len(p, z);
    if (w >= 3 && !month_of(p, w)) {
        p += w;
        while (p < z && (*p == ',' || *p == ' '))
            p++;
    }
    if (p < z && *p >= '0' && *p <= '9') {
        p += num_len(p, z, &d);
        dashed = p < z && *p == '-';
        while (p < z && (*p == ' ' || *p == '-'))
            p++;
        p = dashed ? p : skip_de(p, z);
        w = word_len(p, z);
        mon = month_of(p, w);
        p += w;
        while (p < z && (*p == ' ' || *p == '-' || *p == ','))
            p++;
        p = dashed ? p : skip_de(p, z);
    } else {
        w = word_len(p, z);
        mon = month_of(p, w);
        p += w;
        while (p < z && (*p == ' ' || *p == '.'))
            p++;
        p += num_len(p, z, &d);
        if (p < z && *p == ',')
            p++;
        while (p < z && *p == ' ')
            p++;
    }
    if (!mon || d < 1 || d > 31)
        return false;
    yl = num_len(p, z, &y);
    /* "11-Jul-26": a two-digit year only in this dashed form */
    if (yl == 2 && dashed && p[-1] == '-' && (p + 2 == z || p[2] == ' '))
        y += 2000;
    else if (yl != 4)
        return false;
    p += yl;
    rest = p;
    while (rest < z && *rest == ' ')
        rest++;
    if (rest < z) {
        /* a time, and maybe an offset after one space */
        const char *t = rest, *te = rest;
        int nw;

        while (te < z && *te != ' ')
            te++;
        nw = snprintf(buf, cap, "%04ld-%02d-%02ld %.*s", y, mon, d, (int)(te - t), t);
        if (nw < 0 || (size_t)nw >= cap)
            return false;
        while (te < z && *te == ' ')
            te++;
        if (te < z) {
            size_t used = (size_t)nw;

            if ((*te != '+' && *te != '-' && *te != 'Z') || used + (size_t)(z - te) + 1 > cap)
                return false;
            memcpy(buf + used, te, (size_t)(z - te));
            buf[used + (size_t)(z - te)] = '\0';
        }
        return true;
    }
    return snprintf(buf, cap, "%04ld-%02d-%02ld", y, mon, d) > 0;
}

bool mail_parse_date(const struct imap_extract_settings *s, const char *p, size_t n, od_time *out)
{
    bool ambiguous;

    return mail_parse_date_order(s, p, n, false, out, &ambiguous);
}

/* A year of the Republic of China (民国, Taiwan's calendar: year 1 is
 * 1912), as a date writes it with three digits: 100 to 199, 2011 to
 * 2110. */
static bool roc_year(unsigned y)
{
    return y >= 100 && y < 200;
}

/* The Gregorian year of ROC year y: 115 is 2026. */
static unsigned roc_gregorian(unsigned y)
{
    return y + 1911;
}

bool mail_parse_date_order(const struct imap_extract_settings *s, const char *p, size_t n,
                           bool dayfirst, od_time *out, bool *ambiguous)
{
    const char *tz = s && s->timezone && s->timezone[0] ? s->timezone : "Asia/Shanghai";
    char in[96], buf[96];
    size_t k, m = 0;
    const char *q, *z;

    *ambiguous = false;
    if (!p)
        return false;
    k = ascii_copy(p, n, in, sizeof(in));
    if (k == (size_t)-1 || !k)
        return false;
    /* "115年12月3日": a year of the Republic of China in Chinese
     * characters */
    if (k > 6 && k + 1 < sizeof(in) && ns_digits(in, in + 3) == 3 && memcmp(in + 3, "年", 3) == 0 &&
        roc_year((unsigned)strtoul(in, NULL, 10))) {
        unsigned y = roc_gregorian((unsigned)strtoul(in, NULL, 10));

        memmove(in + 4, in + 3, k - 3 + 1);
        in[0] = (char)('0' + y / 1000);
        in[1] = (char)('0' + y / 100 % 10);
        in[2] = (char)('0' + y / 10 % 10);
        in[3] = (char)('0' + y % 10);
        k++;
    }
    q = in;
    z = in + k;
    {
        unsigned a, b, c;
        int used = 0;
        char s1, s2;

        /* "114/10/24": a year of the Republic of China (Taiwan);
         * "02.06.2026": day, month, year with dots (Europe) */
        if (sscanf(in, "%3u%c%2u%c%4u%n", &a, &s1, &b, &s2, &c, &used) == 5 && s1 == s2 &&
            (used == (int)k || in[used] == ' ')) {
            if (roc_year(a) && c <= 31 && strchr("/.-", s1) && q[0] != '0')
                snprintf(buf, sizeof(buf), "%04u-%02u-%02u%s", roc_gregorian(a), b, c, in + used);
            else if (c < 100 && used >= 3 && in[used - 3] == s2 && strchr("/.-", s1) && a >= 1 &&
                     b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12)) {
                /* "3/12/26", "03.12.26": a two-digit year last, day and
                 * month as in "06/12/2026" (dots: day first) */
                bool df = s1 == '.' || a > 12 || (b <= 12 && dayfirst);

                *ambiguous = s1 != '.' && a <= 12 && b <= 12 && a != b;
                snprintf(buf, sizeof(buf), "%04u-%02u-%02u%s", 2000 + c, df ? b : a, df ? a : b,
                         in + used);
            } else if (s1 == '.' && c >= 1900 && a >= 1 && a <= 31)
                snprintf(buf, sizeof(buf), "%04u-%02u-%02u%s", c, b, a, in + used);
            else if (s1 != '.' && c >= 1900 && c <= 2999 && a >= 1 && b >= 1 && a <= 31 &&
                     b <= 31 && (a <= 12 || b <= 12)) {
                /* "06/12/2026": a part above 12 is the day */
                bool df = a > 12 || (b <= 12 && dayfirst);

                *ambiguous = a <= 12 && b <= 12 && a != b;
                snprintf(buf, sizeof(buf), "%04u-%02u-%02u%s", c, df ? b : a, df ? a : b,
                         in + used);
            } else
                used = 0;
            if (used)
                return od_time_parse(buf, strlen(buf), tz, out) == 0;
        }
    }
    if (!(*q >= '0' && *q <= '9') ||
        (k >= 5 && q[4] != '-' && q[4] != '/' && q[4] != '.' && (unsigned char)q[4] < 0x80)) {
        if (english_date(q, z, buf, sizeof(buf)))
            return od_time_parse(buf, strlen(buf), tz, out) == 0;
        if (!(*q >= '0' && *q <= '9'))
            return false;
    }
    /* "2026年11月20日 09:30" / "2026.11.20" -> "2026-11-20 09:30" */
    while (q < z && m < sizeof(buf) - 1) {
        if (z - q >= 3 && (memcmp(q, "年", 3) == 0 || memcmp(q, "月", 3) == 0)) {
            buf[m++] = '-';
            q += 3;
        } else if (z - q >= 3 && (memcmp(q, "日", 3) == 0 || memcmp(q, "号", 3) == 0)) {
            q += 3;
        } else if (*q == '.' && m < 10) {
            buf[m++] = '-';
            q++;
        } else {
            buf[m++] = *q++;
        }
    }
    if (q < z)
        return false;
    while (m && buf[m - 1] == ' ')
        m--;
    return od_time_parse(buf, m, tz, out) == 0;
}

/* ---- prices per N pieces --------------------------------------------- */

/* Words that are a number of pieces by themselves ("per milheiro", "/千个",
 * "per M"), compared without ASCII case. */
static const struct {
    const char *w;
    int64_t n;
} per_words[] = {
    {"milheiro", 1000},
    {"milhar", 1000},
    {"millar", 1000},
    {"mille", 1000},
    {"thousand", 1000},
    {"1000", 1000},
    {"千", 1000},
    {"hundred", 100},
    {"cento", 100},
    {"centena", 100},
    {"百", 100},
    {"万", 10000},
    {"m", 1000},
    {"k", 1000},
    {"c", 100},
    /* Spanish, French, German and Italian */
    {"ciento", 100},
    {"millier", 1000},
    {"tausend", 1000},
    {"migliaio", 1000},
};

/* "US$ 4,20 el millar", "1,20 € le mille", "USD 3.00 the thousand": an
 * article, not a "per", before a number word says the same. The words
 * compared without ASCII case, a space after each. */
static const char *const per_articles[] = {"el ",  "la ", "le ", "il ",  "al ", "lo ",
                                           "the ", "a ",  "o ",  "das ", "den "};

/* Past the spaces of p[i..n). */
static size_t per_skip(const char *p, size_t n, size_t i)
{
    while (i < n && (p[i] == ' ' || p[i] == '\t'))
        i++;
    return i;
}

/* Does p[i..n) hold only a unit word after N ("pcs", "pieces", "un.",
 * "个", "只", ")")? Letters, CJK, dots and a closing bracket, no digit. */
static bool per_tail(const char *p, size_t n, size_t i)
{
    for (; i < n; i++)
        if ((p[i] >= '0' && p[i] <= '9') || p[i] == '/' || p[i] == '=' || p[i] == '@')
            return false;
    return true;
}

int64_t mail_per_n(const char *p, size_t n)
{
    static const char *const marks[] = {"/", "per ", "je ", "por ", "pro ", "每", "per"};
    size_t i = per_skip(p, n, 0), k;
    int64_t v = 0;
    unsigned digits = 0;

    for (k = 0; k < sizeof(marks) / sizeof(marks[0]); k++) {
        size_t l = strlen(marks[k]);

        if (n - i >= l && strncasecmp(p + i, marks[k], l) == 0) {
            i += l;
            break;
        }
    }
    if (k == sizeof(marks) / sizeof(marks[0])) {
        /* an article, then a number word of three letters or more:
         * "el millar" (not "a m", "the 12") */
        for (k = 0; k < sizeof(per_articles) / sizeof(per_articles[0]); k++) {
            size_t l = strlen(per_articles[k]);

            if (n - i >= l && strncasecmp(p + i, per_articles[k], l) == 0)
                break;
        }
        if (k == sizeof(per_articles) / sizeof(per_articles[0]))
            return 1;
        i = per_skip(p, n, i + strlen(per_articles[k]));
        for (k = 0; k < sizeof(per_words) / sizeof(per_words[0]); k++) {
            size_t l = strlen(per_words[k].w);
            unsigned char after = i + l < n ? (unsigned char)p[i + l] : ' ';

            if (l < 3 || (p[i] >= '0' && p[i] <= '9') || n - i < l ||
                strncasecmp(p + i, per_words[k].w, l) != 0 ||
                (after < 0x80 && ((after | 0x20) >= 'a' && (after | 0x20) <= 'z')))
                continue;
            return per_tail(p, n, i + l) ? per_words[k].n : 1;
        }
        return 1;
    }
    i = per_skip(p, n, i);
    /* "1,000", "1.000", "1 000", "1000" */
    while (i < n && v < 1000000) {
        if (p[i] >= '0' && p[i] <= '9') {
            v = v * 10 + (p[i] - '0');
            digits++;
        } else if (!(digits && (p[i] == ',' || p[i] == '.' || p[i] == ' ') && i + 1 < n &&
                     p[i + 1] >= '0' && p[i + 1] <= '9')) {
            break;
        }
        i++;
    }
    if (digits) {
        if (v != 10 && v != 100 && v != 1000 && v != 10000)
            return 1;
        i = per_skip(p, n, i);
        /* "/ 1,000 pcs", "/1000个", "per 1000 (M)" */
        return per_tail(p, n, i) ? v : 1;
    }
    for (k = 0; k < sizeof(per_words) / sizeof(per_words[0]); k++) {
        size_t l = strlen(per_words[k].w);
        unsigned char after;

        if (n - i < l || strncasecmp(p + i, per_words[k].w, l) != 0)
            continue;
        /* a word, not the start of a longer one ("m" of "month") */
        after = i + l < n ? (unsigned char)p[i + l] : ' ';
        if (after < 0x80 && ((after | 0x20) >= 'a' && (after | 0x20) <= 'z'))
            continue;
        return per_tail(p, n, i + l) ? per_words[k].n : 1;
    }
    return 1;
}

bool mail_price_per_split(const char *p, size_t n, size_t *price_n, int64_t *per)
{
    /* the N starts at a '/', "per" or "je" after the price's last digit */
    for (size_t i = 1; i < n; i++) {
        int64_t v;
        size_t e = i;

        /* ("el millar": an article after the price, mail_per_n) */
        if (!(p[i] == '/' || (((p[i] | 0x20) >= 'a' && (p[i] | 0x20) <= 'z') && p[i - 1] == ' ')))
            continue;
        while (e > 0 && p[e - 1] == ' ')
            e--;
        if (e == 0 || !(p[e - 1] >= '0' && p[e - 1] <= '9'))
            continue;
        if ((v = mail_per_n(p + i, n - i)) > 1) {
            *price_n = e;
            *per = v;
            return true;
        }
    }
    return false;
}

bool mail_price_per_lead(const char *p, size_t n, size_t *price_off, int64_t *per)
{
    size_t l = strlen("每");

    /* "每千個 38.00", "每1000个 38.00": the N first, then the price */
    if (n <= l || memcmp(p, "每", l) != 0)
        return false;
    for (size_t i = l + 1; i < n && i < 32; i++) {
        int64_t v;

        if (!(p[i] >= '0' && p[i] <= '9') || (p[i - 1] >= '0' && p[i - 1] <= '9') ||
            p[i - 1] == ',' || p[i - 1] == '.')
            continue;
        if ((v = mail_per_n(p, i)) > 1) {
            *price_off = i;
            *per = v;
            return true;
        }
    }
    return false;
}

bool mail_per_price(od_money per_price, int64_t per, int64_t qty, int64_t *e4, od_money *unit,
                    od_money *amount)
{
    od_money whole;

    if (per < 1)
        per = 1;
    /* per_price is in cents: a ten-thousandth is a hundredth of a cent */
    *e4 = (per_price * OD_PRICE_PER_MINOR + per / 2) / per;
    *unit = (per_price + per / 2) / per;
    if (!od_money_mul(per_price, qty, &whole))
        *amount = OD_MONEY_NONE;
    else
        *amount = (whole + per / 2) / per;
    return *amount != OD_MONEY_NONE && per_price * OD_PRICE_PER_MINOR % per == 0;
}

/* ---- currencies ------------------------------------------------------ */

const char *mail_currency_code(const char *p, size_t n)
{
    char buf[32];
    size_t k;

    if (!p)
        return NULL;
    k = ascii_copy(p, n, buf, sizeof(buf));
    if (k == (size_t)-1 || !k)
        return NULL;
    return curmark_code(buf, k);
}
