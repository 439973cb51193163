// hearth-deck proof: one contact sheet of every card, its number and id
// under it, its warnings marked.
#include "engine/render/art_check.hpp"
#include "engine/render/asset_paths.hpp"
#include "game/base/atomic_file.hpp"
#include "game/deck/deck_loader.hpp"
#include "tools/card_fit.hpp"
#include "tools/png_file.hpp"
#include "tools/print_options.hpp"
#include "tools/proof_sheet.hpp"

#include <charconv>
#include <cstdio>

namespace hearth::tools {

namespace {
constexpr const char* kHelp =
    R"(Usage: hearth-deck proof PATH --out FILE.png|FILE.pdf [--columns N] [--size NAME]
                          [--dpi N] [--bleed LEN] [--safe LEN] [--guides]
                          [--preset NAME]

Writes one contact sheet of every card front, drawn by the table's own card
view, each with its number and id under it. A card with warnings (lint's,
and text that does not fit at this size) is framed in red and its warnings
are written out, numbered, under the cards. A deck with errors is reported
as lint reports it and no proof is written.

Options:
  --out FILE      the sheet: FILE.png, or FILE.pdf for a one-page PDF
  --columns N     cards in a row, 1 to 20 (default 6)
  --size NAME     poker (default), bridge, tarot, mini, square, euro,
                  poker-in, or WxH in mm or inches
  --dpi N         resolution of the cards on the sheet (default 100)
  --bleed LEN     show the cards with their bleed (default 0)
  --safe LEN      the safe area's margin inside the cut (default 3mm)
  --guides        draw the trim and safe lines on every card
  --preset NAME   a print service's card size, bleed and safe area

Exit status: 0 success, 1 the deck has errors or the sheet cannot be
written, 2 bad usage.
)";
} // namespace

int proof(Args args) {
    if (wants_help(args)) {
        std::fputs(kHelp, stdout);
        return 0;
    }
    PrintOptions o;
    o.spec.dpi = 100;
    if (auto code = read_print_options("proof", args, o, {"--columns"}, {}))
        return *code;
    ProofLayout layout;
    for (std::size_t i = 0; i + 1 < o.rest.size(); ++i)
        if (o.rest[i] == "--columns") {
            std::string_view v = o.rest[++i];
            auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), layout.columns);
            if (ec != std::errc{} || end != v.data() + v.size() || layout.columns < 1 ||
                layout.columns > 20)
                return usage_error("proof", "--columns takes a whole number from 1 to 20");
        }
    const std::filesystem::path out(o.out);
    const bool pdf = out.extension() == ".pdf";
    if (!pdf && out.extension() != ".png")
        return usage_error("proof", "--out names a .png or a .pdf file");

    LoadOptions options;
    options.check_art = decode_art_check();
    options.check_font = open_font_check();
    LoadResult r = load_deck(std::filesystem::path(o.deck), options);
    if (!r.ok()) {
        for (const auto& d : r.diagnostics.all())
            std::fprintf(stderr, "%s\n", d.str().c_str());
        return 1;
    }
    const Deck& deck = *r.deck;
    try {
        FontLibrary fonts(find_assets_dir() / "fonts");
        std::vector<Diagnostic> warnings;
        for (const auto& d : r.diagnostics.all())
            if (d.severity == Severity::Warning)
                warnings.push_back(d);
        // Whether texts fit is a question of the print, at 300 dpi, not of
        // the sheet's small pictures.
        PrintSpec print = o.spec;
        print.dpi = 300;
        const SDL_Rect content = CardImager(fonts, print).content();
        for (const Card& c : deck.cards)
            if (auto d = fit_warning(c, card_text_fit(fonts, deck, c, content.w, content.h),
                                     o.size_name))
                warnings.push_back(*d);
        for (const Diagnostic& d : warnings)
            std::fprintf(stderr, "%s\n", d.str().c_str());
        std::vector<ProofCard> cards = proof_cards(deck, warnings);
        int marked = static_cast<int>(std::count_if(
            cards.begin(), cards.end(), [](const ProofCard& p) { return !p.warnings.empty(); }));
        layout.heading = deck.info.name + ": " + std::to_string(cards.size()) + " cards, " +
                         std::to_string(marked) + " with warnings (" + o.size_name + ")";
        SurfacePtr sheet = make_proof(fonts, deck, cards, o.spec, layout);
        if (pdf) {
            std::string error;
            auto bytes = proof_pdf(sheet.get(), o.spec.dpi, deck.info.name + " (proof)", error);
            if (!bytes) {
                std::fprintf(stderr, "hearth-deck proof: %s\n", error.c_str());
                return 1;
            }
            if (auto problem = write_file_atomically(out, *bytes)) {
                std::fprintf(stderr, "%s\n",
                             file_error({out.string()}, "cannot write: " + *problem).str().c_str());
                return 1;
            }
        } else if (auto problem = save_print_png(sheet.get(), out.string(), o.spec.dpi, false)) {
            std::fprintf(stderr, "%s\n", file_error({out.string()}, *problem).str().c_str());
            return 1;
        }
        std::printf("%s: %zu cards, %d with warnings, %dx%d px\n", out.c_str(), cards.size(),
                    marked, sheet->w, sheet->h);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "hearth-deck proof: %s\n", e.what());
        return 1;
    }
    return 0;
}

} // namespace hearth::tools
