// hearth-deck lint: load each deck exactly as the table would, print every
// diagnostic, and exit 1 if any deck has an error.
#include "engine/render/art_check.hpp"
#include "engine/render/asset_paths.hpp"
#include "game/deck/deck_loader.hpp"
#include "tools/card_fit.hpp"
#include "tools/print_sizes.hpp"
#include "tools/verbs.hpp"

#include <cstdio>
#include <string>

namespace hearth::tools {

namespace {
constexpr const char* kHelp = R"(Usage: hearth-deck lint [--quiet] [--no-warnings] PATH...

Checks each deck (a folder or its deck.toml) with the loader the table uses:
syntax, keys, values, references between cards, and that every art file
exists inside the deck folder and decodes; and, with the table's own card
view, that each card's text fits a poker card at a readable size (the
warning says how many lines and words to cut). Diagnostics go to stderr as
  path/deck.toml:LINE:COL: error: message
so editors can jump to them.

Options:
  --quiet         print only diagnostics, no summary line
  --no-warnings   do not print warnings

Exit status: 0 no errors, 1 at least one error, 2 bad usage.
)";
} // namespace

int lint(Args args) {
    if (wants_help(args)) {
        std::fputs(kHelp, stdout);
        return 0;
    }
    bool quiet = false, warnings = true;
    std::vector<std::string_view> paths;
    for (auto a : args) {
        if (a == "--quiet")
            quiet = true;
        else if (a == "--no-warnings")
            warnings = false;
        else if (a.starts_with("-"))
            return usage_error("lint", "unknown option '" + std::string(a) + "'");
        else
            paths.push_back(a);
    }
    if (paths.empty())
        return usage_error("lint", "no deck given");

    LoadOptions options;
    options.check_art = decode_art_check();
    options.check_font = open_font_check();
    // The fit is measured as `stats` measures it: a poker card at 300 dpi.
    std::optional<FontLibrary> fonts;
    try {
        fonts.emplace(find_assets_dir() / "fonts");
    } catch (const std::exception& e) {
        std::fprintf(stderr, "hearth-deck lint: not checking that texts fit: %s\n", e.what());
    }
    const int fit_w = mm_to_px(63, 300), fit_h = mm_to_px(88, 300);
    int status = 0;
    for (auto path : paths) {
        LoadResult r = load_deck(std::filesystem::path(path), options);
        if (r.ok() && fonts) {
            for (const Card& c : r.deck->cards)
                if (auto d =
                        fit_warning(c, card_text_fit(*fonts, *r.deck, c, fit_w, fit_h), "poker"))
                    r.diagnostics.add(*d);
            r.diagnostics.sort();
        }
        int warning_count = 0;
        for (const auto& d : r.diagnostics.all()) {
            if (d.severity == Severity::Warning) {
                ++warning_count;
                if (!warnings)
                    continue;
            }
            std::fprintf(stderr, "%s\n", d.str().c_str());
        }
        if (!r.ok())
            status = 1;
        if (quiet)
            continue;
        int errors = r.diagnostics.error_count();
        if (r.ok())
            std::printf(
                "%.*s: ok, %zu cards, %zu types, %zu formats%s\n", int(path.size()), path.data(),
                r.deck->cards.size(), r.deck->types.size(), r.deck->formats.size(),
                warning_count ? (", " + std::to_string(warning_count) + " warning(s)").c_str()
                              : "");
        else
            std::fprintf(stderr, "%.*s: %d error(s), %d warning(s)\n", int(path.size()),
                         path.data(), errors, warning_count);
    }
    return status;
}

} // namespace hearth::tools
