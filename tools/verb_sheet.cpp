// hearth-deck sheet: print-and-play pages as a PDF.
#include "engine/render/art_check.hpp"
#include "engine/render/asset_paths.hpp"
#include "game/base/atomic_file.hpp"
#include "game/base/diagnostic.hpp"
#include "game/deck/deck_loader.hpp"
#include "tools/card_fit.hpp"
#include "tools/print_options.hpp"
#include "tools/progress.hpp"
#include "tools/sheet_pdf.hpp"

#include <chrono>
#include <cstdio>

namespace hearth::tools {

namespace {
constexpr const char* kHelp =
    R"(Usage: hearth-deck sheet PATH --out FILE.pdf [--paper a4|letter] [--bleed LEN]
                          [--backs] [--size NAME] [--dpi N] [--no-blank]

Lays the cards out on print-and-play pages: each card at its exact size with
its bleed, as many to a page as fit, crop marks in the margin on every cut
line. The card images are drawn by the table's own card view.

Options:
  --out FILE.pdf  where to write the PDF (replaced atomically)
  --paper NAME    a4 (default), a3, letter or tabloid
  --bleed LEN     edge beyond the cut, filled with the card's colour (default
                  3mm); cards' bleeds do not overlap, so each card is cut on
                  its own lines. --bleed 0 puts 9 poker cards on a page,
                  sharing cut lines.
  --backs         after each page of fronts, a page of backs with its columns
                  mirrored: print duplex, flipping on the long edge
  --size NAME     poker (default), bridge, tarot, mini, square, euro, or WxH mm
  --dpi N         resolution of the card images (default 300)
  --no-blank      leave out the cards of blank types

Exit status: 0 success, 1 the deck has errors or the PDF cannot be written,
2 bad usage.
)";
} // namespace

int sheet(Args args) {
    if (wants_help(args)) {
        std::fputs(kHelp, stdout);
        return 0;
    }
    PrintOptions o;
    o.spec.bleed = 3;
    if (auto code = read_print_options("sheet", args, o, {"--paper"}, {"--backs", "--no-blank"}))
        return *code;
    SheetOptions sheet;
    bool no_blank = false;
    std::string paper = "a4";
    for (std::size_t i = 0; i < o.rest.size(); ++i) {
        if (o.rest[i] == "--paper")
            paper = o.rest[++i];
        else if (o.rest[i] == "--backs")
            sheet.backs = true;
        else if (o.rest[i] == "--no-blank")
            no_blank = true;
    }
    auto paper_mm = paper_size(paper);
    if (!paper_mm)
        return usage_error("sheet", "unknown paper '" + paper + "'; use a4, a3, letter or tabloid");
    sheet.sheet.paper = *paper_mm;
    sheet.sheet.card = o.spec.card;
    sheet.sheet.bleed = o.spec.bleed;
    sheet.dpi = o.spec.dpi;
    if (layout_sheet(sheet.sheet).per_page() == 0)
        return usage_error("sheet", "a " + o.size_name + " card with its bleed does not fit on " +
                                        paper + " paper");

    auto started = std::chrono::steady_clock::now();
    std::optional<Deck> loaded = load_and_report(o.deck);
    if (!loaded)
        return 1;
    const Deck& deck = *loaded;
    sheet.title = deck.info.name + " (print and play)";
    std::vector<const Card*> cards;
    for (const Card& c : deck.cards)
        if (!no_blank || !deck.type_of(c).blank)
            cards.push_back(&c);

    std::string error;
    std::optional<std::string> pdf;
    int pages = 0;
    try {
        FontLibrary fonts(find_assets_dir() / "fonts");
        Progress progress("sheet", static_cast<int>(cards.size()));
        const int trim_w = mm_to_px(o.spec.card.w, o.spec.dpi),
                  trim_h = mm_to_px(o.spec.card.h, o.spec.dpi);
        for (const Card* c : cards)
            if (auto d =
                    fit_warning(*c, card_text_fit(fonts, deck, *c, trim_w, trim_h), o.size_name))
                progress.note(d->str());
        pdf = make_sheet_pdf(fonts, deck, cards, sheet, error,
                             [&](int done, int, const Card& c) { progress.update(done, c.id); });
        progress.finish();
        int per = layout_sheet(sheet.sheet).per_page();
        pages = (static_cast<int>(cards.size()) + per - 1) / per * (sheet.backs ? 2 : 1);
    } catch (const std::exception& e) {
        error = e.what();
    }
    if (!pdf) {
        std::fprintf(stderr, "hearth-deck sheet: %s\n", error.c_str());
        return 1;
    }
    std::filesystem::path out(o.out);
    if (auto problem = write_file_atomically(out, *pdf)) {
        std::fprintf(stderr, "%s\n",
                     file_error({out.string()}, "cannot write: " + *problem).str().c_str());
        return 1;
    }
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    SheetLayout layout = layout_sheet(sheet.sheet);
    std::printf("%s: %d pages, %d cards per page (%dx%d), %zu cards, %s on %s, bleed %.1f mm, "
                "%.1f MB, in %.1f s\n",
                out.c_str(), pages, layout.per_page(), layout.columns, layout.rows, cards.size(),
                o.size_name.c_str(), paper.c_str(), o.spec.bleed, double(pdf->size()) / 1e6,
                seconds);
    return 0;
}

} // namespace hearth::tools
