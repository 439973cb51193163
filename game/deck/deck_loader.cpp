// The loader's front door: find the file, refuse what is too large or not
// text, parse the TOML, then run the two passes (deck_reader.hpp).
#include "game/deck/deck_loader.hpp"

#include "game/base/utf8.hpp"
#include "game/deck/detail/deck_reader.hpp"
#include "game/deck/detail/syntax_hints.hpp"
#include "game/deck/detail/toml_nesting.hpp"

#include <fstream>
#include <sstream>
#include <system_error>

namespace hearth {
namespace detail {
namespace {

// The character at 1-based `line`:`column` (columns in code points), or 0.
char32_t char_at(std::string_view text, int line, int column) {
    int l = 1, c = 1;
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = utf8_next(text, i);
        if (l == line && c == column)
            return cp;
        if (cp == U'\n') {
            ++l;
            c = 1;
        } else {
            ++c;
        }
    }
    return 0;
}

// toml++ words its messages for programmers; these read better to designers.
std::string parse_message(std::string_view raw, char32_t at) {
    std::string s(raw);
    auto replace = [&](std::string_view from, std::string_view to) {
        for (std::size_t i = s.find(from); i != std::string::npos; i = s.find(from, i + to.size()))
            s.replace(i, from.size(), to);
    };
    if (s.find("unescaped control characters") != std::string::npos && (at == U'\n' || at == U'\r'))
        return "syntax error: the string is not closed; the line ends before its closing quote";
    replace("saw '\\n'", "saw the end of the line");
    replace("saw '\\r'", "saw the end of the line");
    replace("encountered end-of-file", "the file ends before it is closed");
    if (s.rfind("Error while parsing ", 0) == 0)
        s.replace(0, 20, "syntax error in ");
    else
        s = "syntax error: " + s;
    return s;
}

} // namespace

Diagnostic syntax_error(const toml::parse_error& e, std::string_view text,
                        const std::string& shown) {
    const auto& b = e.source().begin;
    const int line = static_cast<int>(b.line), column = static_cast<int>(b.column);
    if (auto hint = syntax_hint(text, line, column))
        return {
            Severity::Error, {shown, hint->line, hint->column}, "syntax error: " + hint->message};
    return {Severity::Error,
            {shown, line, column},
            parse_message(e.description(), char_at(text, line, column))};
}

std::optional<toml::table> parse_toml(std::string_view text, const std::string& shown,
                                      std::string_view noun, Diagnostics& diags) {
    if (auto problem = find_text_problem(text)) {
        std::string noun_s(noun);
        diags.error({shown, problem->line, problem->column},
                    problem->kind == TextProblem::NulByte
                        ? "NUL byte in " + noun_s + "; it must be UTF-8 text"
                        : "invalid UTF-8; save " + noun_s + " as UTF-8 text");
        return std::nullopt;
    }
    if (auto deep = too_deep_nesting(text)) {
        diags.error({shown, deep->line, deep->column},
                    "nested more than " + std::to_string(kMaxTomlNesting) +
                        " levels deep (tables, dotted keys or arrays within each other); " +
                        std::string(noun) + " needs only a few");
        return std::nullopt;
    }
    try {
        return toml::parse(text, std::string_view(shown));
    } catch (const toml::parse_error& e) {
        diags.add(syntax_error(e, text, shown));
        return std::nullopt;
    }
}

} // namespace detail

namespace {

namespace fs = std::filesystem;

LoadResult parse_and_check(std::string_view text, const fs::path& folder, const fs::path& file,
                           const std::string& shown, const LoadOptions& options) {
    LoadResult result;
    std::optional<toml::table> doc =
        detail::parse_toml(text, shown, "the deck file", result.diagnostics);
    if (!doc)
        return result;
    Deck deck;
    deck.folder = folder;
    deck.file = file;
    detail::DeckSources sources;
    sources.text = text;
    detail::read_deck(*doc, shown, deck, sources, result.diagnostics);
    detail::check_deck(deck, sources, options, result.diagnostics);
    result.diagnostics.sort();
    if (!result.diagnostics.has_errors())
        result.deck = std::move(deck);
    return result;
}

} // namespace

LoadResult load_deck(const fs::path& path, const LoadOptions& options) {
    std::error_code ec;
    fs::path file = fs::is_directory(path, ec) ? path / "deck.toml" : path;
    std::string shown = file.generic_string();
    LoadResult result;
    auto size = fs::file_size(file, ec);
    if (ec) {
        bool missing = !fs::exists(file);
        // Nothing at all at the path: a watched deck folder moved or deleted.
        std::error_code there;
        const bool gone = missing && !fs::exists(path, there);
        result.diagnostics.error(
            {shown, 0, 0}, gone      ? "nothing is here: the deck folder is gone (moved or "
                                       "deleted), or the path is mistyped"
                           : missing ? "no deck file here; a deck is a folder with a deck.toml"
                                     : "cannot read the deck file: " + ec.message());
        return result;
    }
    if (size > options.max_deck_bytes) {
        result.diagnostics.error({shown, 0, 0}, "the deck file is " + std::to_string(size >> 20) +
                                                    " MiB; deck files are limited to " +
                                                    std::to_string(options.max_deck_bytes >> 20) +
                                                    " MiB");
        return result;
    }
    std::ifstream in(file, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (!in && !in.eof()) {
        result.diagnostics.error({shown, 0, 0}, "cannot read the deck file");
        return result;
    }
    return parse_and_check(buffer.str(),
                           file.parent_path().empty() ? fs::path(".") : file.parent_path(), file,
                           shown, options);
}

LoadResult load_deck_text(std::string_view text, const fs::path& folder,
                          const LoadOptions& options) {
    fs::path file = folder / "deck.toml";
    if (text.size() > options.max_deck_bytes) {
        LoadResult result;
        result.diagnostics.error({file.generic_string(), 0, 0}, "the deck text is too large");
        return result;
    }
    return parse_and_check(text, folder, file, file.generic_string(), options);
}

} // namespace hearth
