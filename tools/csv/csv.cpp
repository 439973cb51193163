#include "tools/csv/csv.hpp"

#include "game/base/utf8.hpp"

namespace hearth {
namespace {

// Walks the text one code point at a time, keeping line and column.
class Cursor {
public:
    Cursor(std::string_view text, const std::string& file) : text_(text), file_(file) {}

    bool done() const { return i_ >= text_.size(); }
    char peek() const { return done() ? '\0' : text_[i_]; }
    char peek_next() const { return i_ + 1 < text_.size() ? text_[i_ + 1] : '\0'; }
    SourcePos pos() const { return {file_, line_, column_}; }

    // Appends the code point at the cursor to `out` and moves past it.
    void take(std::string& out) {
        std::size_t start = i_;
        char32_t cp = utf8_next(text_, i_);
        out.append(text_.substr(start, i_ - start));
        advance(cp);
    }
    void skip() {
        char32_t cp = utf8_next(text_, i_);
        advance(cp);
    }
    void skip_bytes(std::size_t n) { i_ += n; }

private:
    void advance(char32_t cp) {
        if (cp == U'\n') {
            ++line_;
            column_ = 1;
        } else {
            ++column_;
        }
    }

    std::string_view text_;
    const std::string& file_;
    std::size_t i_ = 0;
    int line_ = 1;
    int column_ = 1;
};

bool at_row_end(const Cursor& c) {
    return c.done() || c.peek() == '\n' || (c.peek() == '\r' && c.peek_next() == '\n');
}

void skip_row_end(Cursor& c) {
    if (c.peek() == '\r')
        c.skip();
    if (c.peek() == '\n')
        c.skip();
}

// Skips to the start of the next row after a problem, so the rest is read.
void recover(Cursor& c) {
    std::string ignored;
    while (!at_row_end(c))
        c.take(ignored);
    skip_row_end(c);
}

// A quoted field; the cursor is on its opening quote. False after a problem.
bool read_quoted(Cursor& c, CsvField& f, Diagnostics& diags, char delimiter) {
    c.skip();
    for (;;) {
        if (c.done()) {
            diags.error(f.where, "the quoted field is not closed; add a '\"' at its end");
            return false;
        }
        char ch = c.peek();
        if (ch == '"') {
            if (c.peek_next() == '"') {
                c.skip();
                c.skip();
                f.text += '"';
                continue;
            }
            c.skip();
            if (c.peek() == delimiter || at_row_end(c))
                return true;
            diags.error(c.pos(), "text after the closing quote of a field; a quote inside a "
                                 "quoted field is written twice, \"\"");
            return false;
        }
        if (ch == '\r' && c.peek_next() == '\n') {
            c.skip();
            continue;
        }
        c.take(f.text);
    }
}

// An unquoted field; stops before the delimiter or the row end. False after a problem.
bool read_plain(Cursor& c, CsvField& f, Diagnostics& diags, char delimiter) {
    while (c.peek() != delimiter && !at_row_end(c)) {
        if (c.peek() == '"') {
            diags.error(c.pos(), "a '\"' inside a field that does not start with one; quote "
                                 "the whole field and write the quote twice, \"\"");
            return false;
        }
        c.take(f.text);
    }
    return true;
}

} // namespace

std::vector<CsvRow> read_csv(std::string_view text, const std::string& file, Diagnostics& diags,
                             char delimiter) {
    std::vector<CsvRow> rows;
    if (auto problem = find_text_problem(text)) {
        diags.error({file, problem->line, problem->column},
                    problem->kind == TextProblem::NulByte
                        ? "NUL byte in the CSV file; it must be UTF-8 text"
                        : "invalid UTF-8; save the CSV file as UTF-8 (\"CSV UTF-8\")");
        return rows;
    }
    Cursor c(text, file);
    if (text.starts_with("\xEF\xBB\xBF"))
        c.skip_bytes(3);
    while (!c.done()) {
        CsvRow row;
        row.where = c.pos();
        bool ok = true, quoted = false;
        for (;;) {
            CsvField f;
            f.where = c.pos();
            quoted = quoted || c.peek() == '"';
            ok = c.peek() == '"' ? read_quoted(c, f, diags, delimiter)
                                 : read_plain(c, f, diags, delimiter);
            if (!ok)
                break;
            row.fields.push_back(std::move(f));
            if (c.peek() != delimiter)
                break;
            c.skip();
        }
        if (!ok) {
            recover(c);
            continue;
        }
        skip_row_end(c);
        // A blank line is no record (spreadsheets leave them at the end).
        if (row.fields.size() == 1 && row.fields[0].text.empty() && !quoted)
            continue;
        rows.push_back(std::move(row));
    }
    return rows;
}

char detect_delimiter(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (char ch : text) {
        if (ch == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (ch == '\n')
            break;
        else if (ch == ',')
            ++commas;
        else if (ch == ';')
            ++semicolons;
        else if (ch == '\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return ';';
    if (tabs > commas && tabs > semicolons)
        return '\t';
    return ',';
}

std::string csv_field(std::string_view s) {
    if (s.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(s);
    std::string out = "\"";
    for (char ch : s) {
        if (ch == '"')
            out += '"';
        out += ch;
    }
    return out + '"';
}

std::string csv_row(const std::vector<std::string>& fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i)
            out += ',';
        out += csv_field(fields[i]);
    }
    return out + "\r\n";
}

} // namespace hearth
