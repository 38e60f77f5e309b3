#!/usr/bin/python3
"""Write the .xls fixtures of tests/unit/test_xls.c into this directory,
and the seeds of tests/fuzz/fuzz_xls.c into tests/fuzz/corpus/xls/.

The purchase orders are written as a person would lay them out, with
openpyxl, and saved as .xls by LibreOffice (as a real office suite writes
them, formulas with their cached results). The damaged and hostile files
are those workbook streams, changed at the BIFF level, wrapped again in a
compound file by the small writer below, or with its tables broken on
purpose. Needs (on the machine that regenerates them, not in CI):

    apt-get install -y python3-openpyxl python3-uno libreoffice-calc-nogui
    /usr/bin/python3 tests/data/xls/make_fixtures.py

The expected cells are in the test, not here.
"""
import datetime
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "fuzz", "corpus", "xls")
MAGIC = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"
END, FREE, FATSECT = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD


def po_zh(wb):
    ws = wb.active
    ws.title = "采购单"
    ws["A1"] = "上海某某贸易有限公司 采购订单"
    ws.merge_cells("A1:F1")
    ws["A2"] = "采购单号：PO-2026-0042"
    ws["E2"] = "下单日期："
    ws["F2"] = datetime.date(2026, 11, 20)
    ws["F2"].number_format = "yyyy-mm-dd"
    ws["A3"] = "供应商："
    ws["B3"] = "深圳市某某电子有限公司"
    ws.merge_cells("B3:D3")
    ws["E3"] = "交货日期："
    ws["F3"] = "=F2+7"
    ws["F3"].number_format = 'yyyy"年"m"月"d"日"'
    for i, h in enumerate(["序号", "物料编码", "品名规格", "数量", "单价", "金额"]):
        ws.cell(row=5, column=i + 1, value=h)
    ws.append([1, "A-100", "电源适配器 12V", 2, 59, "=D6*E6"])
    ws.append([2, "B-200", "数据线 1m", 10, 12.3, "=D7*E7"])
    ws.append([3, "C-300", "保险丝 0.1A", 3, 0.1, "=D8*E8"])
    ws["A9"] = "合计"
    ws.merge_cells("A9:C9")
    ws["D9"] = "=SUM(D6:D8)"
    ws["F9"] = "=SUM(F6:F8)"
    ws["A11"] = "采购员：张三"
    ws["D11"] = "审核："
    ws["E11"] = datetime.datetime(2026, 11, 20, 9, 30)
    ws["E11"].number_format = "yyyy-mm-dd hh:mm:ss"
    ws["A12"] = True
    ws["B12"] = "=1/0"
    ws["C12"] = '=A2&"!"'
    ws["D12"] = -4.5
    ws["E12"] = 123456789012
    ws["F12"] = "=D6>1"
    notes = wb.create_sheet("Notes")
    notes["A1"] = "notes"


def po_en(wb):
    ws = wb.active
    ws.title = "Purchase Order"
    ws["A1"] = "ACME Trading Ltd - PURCHASE ORDER"
    ws.merge_cells("A1:E1")
    ws["A2"] = "PO No.:"
    ws["B2"] = "PO-7731"
    ws["D2"] = "Date:"
    ws["E2"] = datetime.date(2026, 3, 5)
    ws["E2"].number_format = "dd/mm/yyyy"
    for i, h in enumerate(["Item", "Description", "Qty", "Unit price", "Amount"]):
        ws.cell(row=4, column=i + 1, value=h)
    ws.append(["SKU-1", "Widget, blue", 4, 2.5, "=C5*D5"])
    ws.append(["SKU-2", "Gadget", 1, 19.99, "=C6*D6"])
    ws["A8"] = "Total"
    ws["E8"] = "=SUM(E5:E6)"
    ws["A10"] = "Authorised by: J. Smith"


def big(wb):
    ws = wb.active
    ws.title = "Rows"
    for r in range(65536):
        ws.append(["SKU", 2])


def office_xls(name, fill):
    """Build with openpyxl, save as .xls with LibreOffice."""
    wb = openpyxl.Workbook()
    fill(wb)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, name.replace(".xls", ".xlsx"))
        wb.save(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "xls:MS Excel 97", "--outdir",
                        tmp, src], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        with open(os.path.join(tmp, name), "rb") as f:
            return f.read()


def password_xls(fill):
    """Saved by LibreOffice with the password "secret" (through UNO: the
    command line cannot set one), as a customer's protected file is."""
    import time
    import uno
    from com.sun.star.beans import PropertyValue

    def pv(n, v):
        p = PropertyValue()
        p.Name, p.Value = n, v
        return p

    wb = openpyxl.Workbook()
    fill(wb)
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = os.path.join(tmp, "in.xlsx"), os.path.join(tmp, "out.xls")
        wb.save(src)
        proc = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore",
                                 f"-env:UserInstallation=file://{tmp}/profile",
                                 "--accept=socket,host=127.0.0.1,port=2399;urp;"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(120):
            try:
                ctx = resolver.resolve(
                    "uno:socket,host=127.0.0.1,port=2399;urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.5)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0,
                                           (pv("Hidden", True),))
        doc.storeToURL(uno.systemPathToFileUrl(dst),
                       (pv("FilterName", "MS Excel 97"), pv("Password", "secret")))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
        proc.wait(timeout=60)
        with open(dst, "rb") as f:
            return f.read()


# --- a compound file reader and writer, enough for these fixtures -----------

def read_cfb(data):
    """(sector size, FAT list, dir entries [(name, start, size)], the
    Workbook stream's bytes)."""
    assert data[:8] == MAGIC
    ssz = 1 << struct.unpack_from("<H", data, 30)[0]
    n_fat = struct.unpack_from("<I", data, 44)[0]
    dir_start = struct.unpack_from("<I", data, 48)[0]
    difat = struct.unpack_from("<109I", data, 76)[:n_fat]
    fat = []
    for s in difat:
        fat += struct.unpack_from(f"<{ssz // 4}I", data, (s + 1) * ssz)

    def chain(s):
        out = []
        while s != END:
            out.append(s)
            s = fat[s]
        return out

    d = b"".join(data[(s + 1) * ssz:(s + 2) * ssz] for s in chain(dir_start))
    entries = []
    for i in range(0, len(d), 128):
        n = struct.unpack_from("<H", d, i + 64)[0]
        name = d[i:i + max(n - 2, 0)].decode("utf-16-le")
        start, size = struct.unpack_from("<II", d, i + 116)
        entries.append((name, start, size))
    wb = [e for e in entries if e[0] == "Workbook"][0]
    if wb[2] >= struct.unpack_from("<I", data, 56)[0]:
        stream = b"".join(data[(s + 1) * ssz:(s + 2) * ssz] for s in chain(wb[1]))[:wb[2]]
        return ssz, fat, entries, stream
    # in the mini stream: 64-byte sectors chained by the miniFAT
    root = entries[0]
    ministream = b"".join(data[(s + 1) * ssz:(s + 2) * ssz] for s in chain(root[1]))
    minifat = b"".join(data[(s + 1) * ssz:(s + 2) * ssz]
                       for s in chain(struct.unpack_from("<I", data, 60)[0]))
    mfat = struct.unpack(f"<{len(minifat) // 4}I", minifat)
    out, s = [], wb[1]
    while s != END:
        out.append(ministream[s * 64:(s + 1) * 64])
        s = mfat[s]
    return ssz, fat, entries, b"".join(out)[:wb[2]]


def dir_entry(name, typ, start, size, child=FREE):
    n = (name + "\0").encode("utf-16-le")
    e = n.ljust(64, b"\0") + struct.pack("<HBB", len(n), typ, 1)
    e += struct.pack("<III", FREE, FREE, child) + b"\0" * 16 + b"\0" * 4 + b"\0" * 16
    e += struct.pack("<III", start, size, 0)
    return e


def write_cfb(stream, name="Workbook"):
    """A version 3 compound file (512-byte sectors) holding one stream,
    padded to 4096 bytes so that it is not in the mini stream."""
    ssz = 512
    if len(stream) < 4096:
        stream = stream + b"\0" * (4096 - len(stream))
        size = len(stream)
    else:
        size = len(stream)
    n_stream = (len(stream) + ssz - 1) // ssz
    n_dir = 1
    n_fat = 1
    while n_fat * 128 < n_stream + n_dir + n_fat:
        n_fat += 1
    assert n_fat <= 109
    fat = [FATSECT] * n_fat
    dir_sec = len(fat)
    fat.append(END)
    first = len(fat)
    fat += [first + i + 1 for i in range(n_stream - 1)] + [END]
    fat += [FREE] * (n_fat * 128 - len(fat))
    header = MAGIC + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
    header += struct.pack("<IIIIIIIII", 0, n_fat, dir_sec, 0, 4096, END, 0, END, 0)
    header += struct.pack("<109I", *(list(range(n_fat)) + [FREE] * (109 - n_fat)))
    body = struct.pack(f"<{len(fat)}I", *fat)
    d = dir_entry("Root Entry", 5, END, 0, child=1) + dir_entry(name, 2, first, size)
    d += b"\0" * (ssz - len(d))
    body += d + stream.ljust(n_stream * ssz, b"\0")
    return header + body


def write_cfb_mini(stream):
    """A version 3 compound file whose workbook stream (under 4096 bytes)
    is in the mini stream: FAT in sector 0, directory in 1, miniFAT in 2,
    the mini stream (Root Entry's chain) from sector 3. FreeXL reads the
    miniFAT from the sector before the one the header names, so the
    header names sector 3 for the miniFAT of sector 2."""
    ssz, mss = 512, 64
    assert len(stream) < 4096
    n_mini = (len(stream) + mss - 1) // mss
    ministream = stream.ljust(n_mini * mss, b"\0")
    n_ms = (len(ministream) + ssz - 1) // ssz
    fat = [FATSECT, END, END] + [4 + i for i in range(n_ms - 1)] + [END]
    fat += [FREE] * (128 - len(fat))
    minifat = [i + 1 for i in range(n_mini - 1)] + [END]
    minifat += [FREE] * (128 - len(minifat))
    header = MAGIC + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
    header += struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, 3, 1, END, 0)
    header += struct.pack("<109I", *([0] + [FREE] * 108))
    d = dir_entry("Root Entry", 5, 3, len(ministream), child=1)
    d += dir_entry("Workbook", 2, 0, len(stream))
    d += b"\0" * (ssz - len(d))
    body = struct.pack("<128I", *fat) + d + struct.pack("<128I", *minifat)
    body += ministream.ljust(n_ms * ssz, b"\0")
    return header + body


def mini_zero_record():
    """In the mini stream FreeXL reads on past a record of type 0 and
    size 0; here a FORMAT record after one claims 65535 UTF-16
    characters in 6 bytes (FreeXL read past its buffer: found by
    fuzz_xls)."""
    bof = struct.pack("<HHHHII", 0x0600, 0x0005, 0, 0, 0, 0x0600)
    fmt = struct.pack("<HHB", 164, 0xFFFF, 1) + b"A\0"
    stream = b"".join(struct.pack("<HH", t, len(b)) + b
                      for t, b in [(0x0809, bof), (0, b""), (0x041E, fmt), (0x000A, b"")])
    return write_cfb_mini(stream)


def records(stream):
    out, off = [], 0
    while off + 4 <= len(stream):
        t, n = struct.unpack_from("<HH", stream, off)
        out.append((t, stream[off + 4:off + 4 + n]))
        off += 4 + n
    return out


def join(recs):
    """Records back to a stream, with the BOUNDSHEET offsets fixed."""
    # where each BOF lands
    offs, off = [], 0
    for t, b in recs:
        if t == 0x0809:
            offs.append(off)
        off += 4 + len(b)
    out, k = [], 1
    for t, b in recs:
        if t == 0x0085:
            b = struct.pack("<I", offs[k]) + b[4:]
            k += 1
        out.append(struct.pack("<HH", t, len(b)) + b)
    return b"".join(out)


def first_of(recs, t):
    return [i for i, (rt, _) in enumerate(recs) if rt == t][0]


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def main():
    if shutil.which("soffice") is None:
        sys.exit("needs LibreOffice: apt-get install -y libreoffice-calc-nogui")
    zh = office_xls("po_zh.xls", po_zh)
    write("po_zh.xls", zh)
    write("po_en.xls", office_xls("po_en.xls", po_en))
    write("password.xls", password_xls(po_en))

    # 65,536 rows: 1.5 MB as LibreOffice writes it, so it is kept zipped
    big_xls = office_xls("big.xls", big)
    with zipfile.ZipFile(os.path.join(HERE, "big_65536_rows.xls.zip"), "w",
                         zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo("big_65536_rows.xls", date_time=(2026, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, big_xls)

    write("not_xls.xls", b"Order,Qty\nSO-1,2\nthis is a CSV file named .xls\n")
    write("truncated.xls", zh[:len(zh) // 2])
    with open(os.path.join(HERE, "..", "xlsx", "minimal.xlsx"), "rb") as f:
        write("xlsx_named_xls.xls", f.read())

    ssz, fat, entries, stream = read_cfb(zh)
    recs = records(stream)
    # the same workbook stream in this script's own compound file: the
    # base of the BIFF-level changes below
    write("rewrapped.xls", write_cfb(stream))

    # encrypted: a FILEPASS record (RC4, as Excel writes one) after the
    # globals' BOF; the records after it are not really encrypted
    filepass = struct.pack("<HHH", 1, 1, 1) + b"\x11" * 48
    write("filepass.xls", write_cfb(join(recs[:1] + [(0x002F, filepass)] + recs[1:])))

    # SST: a count over FreeXL's limit, and a string longer than its record
    i = first_of(recs, 0x00FC)
    sst = recs[i][1]
    huge = recs[:i] + [(0x00FC, sst[:4] + struct.pack("<I", 2000000) + sst[8:])] + recs[i + 1:]
    write("sst_huge_count.xls", write_cfb(join(huge)))
    # first string: claim 0x7FFF UTF-16 characters
    bad = sst[:8] + struct.pack("<HB", 0x7FFF, 1) + sst[11:]
    write("sst_overrun.xls", write_cfb(join(recs[:i] + [(0x00FC, bad)] + recs[i + 1:])))
    # rich-text run count pointing far past the record
    bad = sst[:8] + sst[8:10] + bytes([sst[10] | 0x08]) + struct.pack("<H", 0xFFFF) + sst[11:]
    write("sst_bad_skip.xls", write_cfb(join(recs[:i] + [(0x00FC, bad)] + recs[i + 1:])))

    # a sheet whose DIMENSION spans 65,536 rows x 256 columns
    j = first_of(recs, 0x0200)
    dim = struct.pack("<IIHHH", 0, 65536, 0, 256, 0)
    write("huge_dimension.xls", write_cfb(join(recs[:j] + [(0x0200, dim)] + recs[j + 1:])))

    # a DIMENSION of 1,953,383,712 rows and no column: an area of 0, but
    # a walk over every row (found by fuzz_xls)
    dim = struct.pack("<IIHHH", 0, 1953383712, 0, 0, 0)
    write("dimension_rows.xls", write_cfb(join(recs[:j] + [(0x0200, dim)] + recs[j + 1:])))

    # the first sheet without its DIMENSION record: FreeXL would allocate
    # its cells on the last sheet read and lose that sheet's
    write("no_dimension.xls", write_cfb(join(recs[:j] + recs[j + 1:])))

    # one cell written twice: FreeXL would lose the first value's text
    dup = [n for n, (t, b) in enumerate(recs) if t == 0x0204 or t == 0x00FD][0]
    write("duplicate_cell.xls", write_cfb(join(recs[:dup + 1] + recs[dup:])))

    # a LABEL whose text runs past the record
    label = struct.pack("<HHHHB", 0, 0, 15, 0x7FFF, 1) + b"abc"
    k = j + 1
    write("label_overrun.xls", write_cfb(join(recs[:k] + [(0x0204, label)] + recs[k:])))

    # A6 (the number 1) in a cell format with the built-in East Asian date
    # format 31 (yyyy"年"m"月"d"日"), which FreeXL does not know as a date
    xfs = [n for n, (t, _) in enumerate(recs) if t == 0x00E0]
    new_xf = recs[xfs[0]][1][:2] + struct.pack("<H", 31) + recs[xfs[0]][1][4:]
    ea = recs[:xfs[-1] + 1] + [(0x00E0, new_xf)] + recs[xfs[-1] + 1:]
    for n, (t, b) in enumerate(ea):
        if t in (0x027E, 0x0203) and struct.unpack_from("<HH", b) == (5, 0):
            ea[n] = (t, b[:4] + struct.pack("<H", len(xfs)) + b[6:])
            break
    else:
        raise SystemExit("A6 not found as RK or NUMBER")
    write("east_asian_date.xls", write_cfb(join(ea)))

    # compound file tables broken on purpose
    cf = bytearray(write_cfb(stream))
    n_fat = struct.unpack_from("<I", cf, 44)[0]
    fat_off = 512
    first = n_fat + 1  # write_cfb: FAT sectors, the directory, then the stream
    # the workbook's chain loops back to its first sector
    loop = bytearray(cf)
    struct.pack_into("<I", loop, fat_off + 4 * (first + 3), first)
    write("circular_fat.xls", bytes(loop))
    # a DIFAT chain that points at itself, and a header that asks for 2^32-1 DIFAT sectors
    difat = bytearray(cf)
    last = len(difat) // 512 - 2
    struct.pack_into("<II", difat, 68, last, 0xFFFFFFFF)
    struct.pack_into("<128I", difat, (last + 1) * 512, *([FREE] * 127 + [last]))
    write("circular_difat.xls", bytes(difat))
    # a workbook stream that says it is in the mini stream, larger than the mini stream
    mini = bytearray(cf)
    struct.pack_into("<III", mini, 56, 4096, 2, 1)  # cutoff, miniFAT at sector 2, one sector
    de = 512 * (n_fat + 1)
    struct.pack_into("<II", mini, de + 116, first, 512)  # Root Entry: 512 bytes of mini stream
    struct.pack_into("<I", mini, de + 128 + 120, 4000)  # Workbook: 4000 bytes
    write("mini_overrun.xls", bytes(mini))
    # a FAT sector number past the end of the file
    past = bytearray(cf)
    struct.pack_into("<I", past, 76, 100000)
    write("fat_past_end.xls", bytes(past))
    write("mini_zero_record.xls", mini_zero_record())

    fuzz_seeds()
    return 0


def fuzz_seeds():
    """fuzz_xls.c: the first byte picks the sheet and the limits, the rest
    is the file. Files already in the corpus are kept."""
    os.makedirs(CORPUS, exist_ok=True)
    for name in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, name)
        if not name.endswith(".xls") or os.path.getsize(path) > 65536:
            continue
        with open(path, "rb") as src, open(os.path.join(CORPUS, name), "wb") as dst:
            dst.write(b"\x00" + src.read())


if __name__ == "__main__":
    sys.exit(main())
