/* Plain C reference for the ods-bench workload: the same content.xml written with
 * libxml2's xmlTextWriter element/attribute/string calls (one call per element,
 * attribute and text, as a straightforward C writer would), streamed through raw
 * deflate (zlib) to OUT. It writes content.xml only (the other parts are < 10 KB),
 * as a raw deflate stream without the zip container: a lower bound for a complete
 * C writer. Build and run (see docs/BENCHMARKS.md):
 *   cc -O2 -o ods_ref ods_ref.c $(pkg-config --cflags --libs libxml-2.0) -lz
 *   ./ods_ref WORKLOAD.json OUT.deflate [level]
 */
#include <fcntl.h>
#include <libxml/xmlwriter.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

static const char *p, *end;
static void die(const char *m) { fprintf(stderr, "ods_ref: %s at %ld\n", m, (long)(end - p)); exit(1); }
static void ws(void) { while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')) p++; }
static int peek(void) { ws(); return p < end ? *p : 0; }
static void expect(char c) { if (peek() != c) die("unexpected"); p++; }
static int consume(char c) { if (peek() == c) { p++; return 1; } return 0; }
static const char *str(size_t *n) { expect('"'); const char *s = p; while (*p != '"') { if (*p == '\\') p++; p++; } *n = p - s; p++; return s; }
static int key(const char *k) { size_t n; const char *s = str(&n); expect(':'); return strlen(k) == n && !memcmp(s, k, n); }
static int64_t fixed2(void) {  /* JSON number -> cents, exact */
    ws(); int neg = 0; int64_t v = 0; int d = 0;
    if (*p == '-') { neg = 1; p++; }
    while (*p >= '0' && *p <= '9') v = v * 10 + (*p++ - '0');
    if (*p == '.') { p++; while (*p >= '0' && *p <= '9') { if (d < 2) { v = v * 10 + (*p - '0'); d++; } p++; } }
    while (d < 2) { v *= 10; d++; }
    return neg ? -v : v;
}
static void skip(void) {
    int c = peek(); size_t n;
    if (c == '"') str(&n);
    else if (c == '{') { p++; if (consume('}')) return; do { str(&n); expect(':'); skip(); } while (consume(',')); expect('}'); }
    else if (c == '[') { p++; if (consume(']')) return; do skip(); while (consume(',')); expect(']'); }
    else while (p < end && *p != ',' && *p != '}' && *p != ']') p++;
}

typedef struct { const char *name; size_t nameLen; int64_t year, authorized, active, retired, separated, items;
                 int64_t basic, personnel, pub, project, fiscal, sangong; const char *itemsAt; } Dept;

/* zlib sink */
static z_stream zs; static FILE *out; static unsigned char zbuf[1 << 18];
static void deflateSome(const void *data, size_t n, int flush) {
    zs.next_in = (Bytef *)data; zs.avail_in = (uInt)n;
    do { zs.next_out = zbuf; zs.avail_out = sizeof zbuf;
         if (deflate(&zs, flush) == Z_STREAM_ERROR) die("deflate");
         fwrite(zbuf, 1, sizeof zbuf - zs.avail_out, out);
    } while (zs.avail_out == 0);
}
static int sinkWrite(void *ctx, const char *buf, int len) { (void)ctx; deflateSome(buf, len, Z_NO_FLUSH); return len; }
static int sinkClose(void *ctx) { (void)ctx; return 0; }

static xmlTextWriterPtr w;
#define CHECK(x) do { if ((x) < 0) die(#x); } while (0)
static void startCell(const char *style) { CHECK(xmlTextWriterStartElement(w, BAD_CAST "table:table-cell")); if (style) CHECK(xmlTextWriterWriteAttribute(w, BAD_CAST "table:style-name", BAD_CAST style)); }
static void stringCell(const char *s, size_t n, const char *style) {
    char tmp[256]; memcpy(tmp, s, n); tmp[n] = 0;
    startCell(style);
    CHECK(xmlTextWriterWriteAttribute(w, BAD_CAST "office:value-type", BAD_CAST "string"));
    CHECK(xmlTextWriterStartElement(w, BAD_CAST "text:p"));
    CHECK(xmlTextWriterWriteString(w, BAD_CAST tmp));
    CHECK(xmlTextWriterEndElement(w)); CHECK(xmlTextWriterEndElement(w));
}
static void fmtCents(char *b, int64_t v) {
    int64_t a = v < 0 ? -v : v; int n = sprintf(b, "%s%lld.%02lld", v < 0 ? "-" : "", (long long)(a / 100), (long long)(a % 100));
    while (b[n - 1] == '0') b[--n] = 0; if (b[n - 1] == '.') b[--n] = 0;
}
static void numCell(const char *type, const char *value, const char *formula) {
    startCell(NULL);
    if (formula) CHECK(xmlTextWriterWriteAttribute(w, BAD_CAST "table:formula", BAD_CAST formula));
    CHECK(xmlTextWriterWriteAttribute(w, BAD_CAST "office:value-type", BAD_CAST type));
    CHECK(xmlTextWriterWriteAttribute(w, BAD_CAST "office:value", BAD_CAST value));
    CHECK(xmlTextWriterEndElement(w));
}
static void intCell(int64_t v) { char b[32]; sprintf(b, "%lld", (long long)v); numCell("float", b, NULL); }
static void centsCell(int64_t v) { char b[32]; fmtCents(b, v); numCell("float", b, NULL); }
static void ratios(long r, int64_t pub, int64_t active, int64_t sg, int64_t fiscal, int64_t retired, int64_t auth) {
    char f[64], v[40];
    sprintf(f, "of:=[.J%ld]/[.D%ld]", r, r); sprintf(v, "%.17g", (pub / 100.0) / active); numCell("float", v, f);
    sprintf(f, "of:=[.M%ld]/[.L%ld]", r, r); sprintf(v, "%.17g", (sg / 100.0) / (fiscal / 100.0)); numCell("percentage", v, f);
    sprintf(f, "of:=[.E%ld]/[.D%ld]", r, r); sprintf(v, "%.17g", (double)retired / active); numCell("percentage", v, f);
    sprintf(f, "of:=[.D%ld]/[.C%ld]", r, r); sprintf(v, "%.17g", (double)active / auth); numCell("percentage", v, f);
}
static void column(const char *style, const char *def, int repeat) {
    CHECK(xmlTextWriterStartElement(w, BAD_CAST "table:table-column"));
    CHECK(xmlTextWriterWriteAttribute(w, BAD_CAST "table:style-name", BAD_CAST style));
    if (repeat > 1) CHECK(xmlTextWriterWriteFormatAttribute(w, BAD_CAST "table:number-columns-repeated", "%d", repeat));
    if (def) CHECK(xmlTextWriterWriteAttribute(w, BAD_CAST "table:default-cell-style-name", BAD_CAST def));
    CHECK(xmlTextWriterEndElement(w));
}
static void header(const char **titles, int n) {
    CHECK(xmlTextWriterStartElement(w, BAD_CAST "table:table-row"));
    for (int i = 0; i < n; i++) stringCell(titles[i], strlen(titles[i]), "ce1");
    CHECK(xmlTextWriterEndElement(w));
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: ods_ref WORKLOAD.json OUT [level]\n"); return 2; }
    int fd = open(argv[1], O_RDONLY); struct stat st; fstat(fd, &st);
    p = mmap(NULL, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0); end = p + st.st_size;
    size_t cap = 1024, n = 0; Dept *d = malloc(cap * sizeof *d);
    expect('{');
    do {
        if (!key("departments")) { skip(); continue; }
        expect('[');
        do {
            if (n == cap) d = realloc(d, (cap *= 2) * sizeof *d);
            Dept *x = &d[n++]; memset(x, 0, sizeof *x); expect('{');
            do {
                size_t kn; const char *k = str(&kn); expect(':');
#define K(s) (kn == strlen(s) && !memcmp(k, s, kn))
                if (K("name")) x->name = str(&x->nameLen);
                else if (K("year")) x->year = fixed2() / 100; else if (K("authorized")) x->authorized = fixed2() / 100;
                else if (K("active")) x->active = fixed2() / 100; else if (K("retired")) x->retired = fixed2() / 100;
                else if (K("separated")) x->separated = fixed2() / 100; else if (K("basic")) x->basic = fixed2();
                else if (K("personnel")) x->personnel = fixed2(); else if (K("public")) x->pub = fixed2();
                else if (K("project")) x->project = fixed2(); else if (K("fiscal")) x->fiscal = fixed2();
                else if (K("sangong")) x->sangong = fixed2();
                else if (K("items")) { x->itemsAt = p; expect('['); if (!consume(']')) { do { skip(); x->items++; } while (consume(',')); expect(']'); } }
                else skip();
            } while (consume(','));
            expect('}');
        } while (consume(','));
        expect(']');
    } while (consume(','));

    out = fopen(argv[2], "wb");
    deflateInit2(&zs, argc > 3 ? atoi(argv[3]) : 3, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    xmlOutputBufferPtr ob = xmlOutputBufferCreateIO(sinkWrite, sinkClose, NULL, NULL);
    w = xmlNewTextWriter(ob);
    CHECK(xmlTextWriterStartDocument(w, "1.0", "UTF-8", NULL));
    CHECK(xmlTextWriterWriteRaw(w, BAD_CAST "<office:document-content><office:automatic-styles/><office:body><office:spreadsheet>"));
    static const char *h1[] = {"单位名称", "年度", "编制数", "在职人数", "退休人数", "离休人数", "明细条数", "基本支出(万元)", "人员经费(万元)",
        "公用经费(万元)", "项目支出(万元)", "财政拨款合计(万元)", "三公经费合计(万元)", "人均公用经费(万元/人)", "三公经费占财政拨款比", "退休人员比", "在职占编制比"};
    static const char *h2[] = {"单位名称", "功能分类科目编码", "科目名称", "金额合计(万元)", "基本支出(万元)", "项目支出(万元)"};
    CHECK(xmlTextWriterStartElement(w, BAD_CAST "table:table"));
    CHECK(xmlTextWriterWriteAttribute(w, BAD_CAST "table:name", BAD_CAST "指标汇总"));
    column("co1", NULL, 1); column("co2", "ce2", 6); column("co2", "ce3", 6); column("co3", "ce4", 1); column("co3", "ce5", 3);
    header(h1, 17);
    int64_t t[11] = {0};
    for (size_t i = 0; i < n; i++) {
        Dept *x = &d[i]; int64_t c[5] = {x->authorized, x->active, x->retired, x->separated, x->items};
        int64_t m[6] = {x->basic, x->personnel, x->pub, x->project, x->fiscal, x->sangong};
        CHECK(xmlTextWriterStartElement(w, BAD_CAST "table:table-row"));
        stringCell(x->name, x->nameLen, NULL); intCell(x->year);
        for (int k = 0; k < 5; k++) { intCell(c[k]); t[k] += c[k]; }
        for (int k = 0; k < 6; k++) { centsCell(m[k]); t[5 + k] += m[k]; }
        ratios((long)i + 2, x->pub, x->active, x->sangong, x->fiscal, x->retired, x->authorized);
        CHECK(xmlTextWriterEndElement(w));
    }
    CHECK(xmlTextWriterStartElement(w, BAD_CAST "table:table-row"));
    stringCell("合计", strlen("合计"), "ce1"); startCell(NULL); CHECK(xmlTextWriterEndElement(w));
    for (int k = 0; k < 11; k++) {
        char f[64], v[32]; sprintf(f, "of:=SUM([.%c2:.%c%zu])", 'C' + k, 'C' + k, n + 1);
        if (k < 5) sprintf(v, "%lld", (long long)t[k]); else fmtCents(v, t[k]);
        numCell("float", v, f);
    }
    ratios((long)n + 2, t[7], t[1], t[10], t[9], t[2], t[0]);
    CHECK(xmlTextWriterEndElement(w)); CHECK(xmlTextWriterEndElement(w));
    CHECK(xmlTextWriterStartElement(w, BAD_CAST "table:table"));
    CHECK(xmlTextWriterWriteAttribute(w, BAD_CAST "table:name", BAD_CAST "支出明细"));
    column("co1", NULL, 1); column("co3", NULL, 1); column("co4", NULL, 1); column("co3", "ce3", 3);
    header(h2, 6);
    for (size_t i = 0; i < n; i++) {
        p = d[i].itemsAt; expect('[');
        if (consume(']')) continue;
        do {
            const char *code = 0, *name = 0; size_t codeLen = 0, nameLen = 0; int64_t a = 0, b = 0, pr = 0;
            expect('{');
            do {
                size_t kn; const char *k = str(&kn); expect(':');
                if (K("code")) code = str(&codeLen); else if (K("name")) name = str(&nameLen);
                else if (K("amount")) a = fixed2(); else if (K("basic")) b = fixed2(); else if (K("project")) pr = fixed2(); else skip();
            } while (consume(','));
            expect('}');
            CHECK(xmlTextWriterStartElement(w, BAD_CAST "table:table-row"));
            stringCell(d[i].name, d[i].nameLen, NULL); stringCell(code, codeLen, NULL); stringCell(name, nameLen, NULL);
            centsCell(a); centsCell(b); centsCell(pr);
            CHECK(xmlTextWriterEndElement(w));
        } while (consume(','));
    }
    CHECK(xmlTextWriterEndElement(w));
    CHECK(xmlTextWriterWriteRaw(w, BAD_CAST "</office:spreadsheet></office:body></office:document-content>"));
    CHECK(xmlTextWriterEndDocument(w));
    xmlFreeTextWriter(w);
    deflateSome(NULL, 0, Z_FINISH); deflateEnd(&zs); fclose(out);
    return 0;
}
