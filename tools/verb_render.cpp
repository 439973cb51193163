// hearth-deck render: one PNG per card front and per card back, at print
// size, drawn by the table's own card view.
#include "engine/render/art_check.hpp"
#include "engine/render/asset_paths.hpp"
#include "game/base/diagnostic.hpp"
#include "game/deck/deck_loader.hpp"
#include "tools/card_fit.hpp"
#include "tools/png_file.hpp"
#include "tools/print_options.hpp"
#include "tools/progress.hpp"

#include <SDL_image.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>

namespace hearth::tools {

namespace {
constexpr const char* kHelp =
    R"(Usage: hearth-deck render PATH --out DIR [--size NAME] [--dpi N] [--bleed LEN]
                           [--preset NAME] [--no-alpha] [--only ID]...
                           [--safe LEN] [--guides] [--copies [ID=]N]... [--names NAME]

Writes a PNG of every card front, named by number and id (024-pair-walk.png),
and of the back of every card type (back-activity.png), at print size, drawn
by the same card view as the table.

Options:
  --out DIR      the folder to write to (made if missing)
  --size NAME    poker (63x88 mm, default), bridge (57x89), tarot (70x120),
                 mini (44x63), square (70x70), euro (59x92), poker-in
                 (2.5x3.5 in), or WxH in mm or inches (2.5x3.5in)
  --preset NAME  a print service's size, bleed and resolution:
                 drivethrucards (825x1125 px) or makeplayingcards (822x1122)
  --dpi N        resolution, 72 to 1200 (default 300)
  --bleed LEN    extra edge on each side, for print shops that cut: 3mm,
                 0.125in ... (default 0). With bleed the card's colour and a
                 back's art run to the edge, no frame sits on the cut, and the
                 face is laid out inside the safe area
  --safe LEN     the safe area's margin inside the cut (default 3mm; a
                 preset's own): nothing on the face lies outside it
  --guides       draw the trim line (magenta) and the safe line (blue) on the
                 images, for proofs; never for the files you send to print
  --copies N     print every card N times (0 to 100); --copies ID=N for one
                 card; may be repeated
  --names NAME   hearth (the names above, default) or paired: front-001.png
                 and back-001.png, one back for every front, numbered alike in
                 print order (copies too), as the print services' uploaders
                 pair them; --preset chooses paired
  --only ID      render only this card (and no backs); may be repeated
  --no-alpha     write RGB PNGs without an alpha channel (some shops ask)
PNGs carry their resolution (pHYs), so they open at the size they print.

A card whose text does not fit its face at a readable size is reported as a
warning at the card in the deck file. A progress bar shows on a terminal.
Exit status: 0 success, 1 the deck has errors or a file cannot be written,
2 bad usage.
)";

std::string padded(int number, int width) {
    std::string n = std::to_string(number);
    if (static_cast<int>(n.size()) < width)
        n.insert(0, static_cast<std::size_t>(width) - n.size(), '0');
    return n;
}

// File names sort in card order: numbers padded to the widest number.
std::string front_name(const Card& card, int width) {
    return padded(card.number, width) + "-" + card.id + ".png";
}
} // namespace

int render(Args args) {
    if (wants_help(args)) {
        std::fputs(kHelp, stdout);
        return 0;
    }
    PrintOptions o;
    if (auto code = read_print_options("render", args, o, {"--only", "--names"}, {"--no-alpha"}))
        return *code;
    std::vector<std::string_view> only;
    bool alpha = true;
    bool paired = !o.preset.empty();
    for (std::size_t i = 0; i < o.rest.size(); ++i) {
        if (o.rest[i] == "--no-alpha") {
            alpha = false;
        } else if (o.rest[i] == "--only" && i + 1 < o.rest.size()) {
            only.push_back(o.rest[++i]);
        } else if (o.rest[i] == "--names" && i + 1 < o.rest.size()) {
            std::string_view n = o.rest[++i];
            if (n != "hearth" && n != "paired")
                return usage_error("render", "unknown --names '" + std::string(n) +
                                                 "'; use hearth or paired");
            paired = n == "paired";
        }
    }

    auto started = std::chrono::steady_clock::now();
    std::optional<Deck> loaded = load_and_report(o.deck);
    if (!loaded)
        return 1;
    const Deck& deck = *loaded;
    for (auto id : only)
        if (!deck.find_card(id)) {
            std::fprintf(stderr, "hearth-deck render: the deck has no card '%.*s'\n",
                         int(id.size()), id.data());
            return 2;
        }

    std::filesystem::path out(o.out);
    std::error_code ec;
    std::filesystem::create_directories(out, ec);
    if (ec) {
        std::fprintf(
            stderr, "%s\n",
            file_error({out.string()}, "cannot make the folder: " + ec.message()).str().c_str());
        return 1;
    }
    std::filesystem::path fonts_dir = find_assets_dir() / "fonts";
    try {
        FontLibrary fonts(fonts_dir);
        CardImager imager(fonts, o.spec);
        int width = 3;
        for (const Card& c : deck.cards)
            width = std::max(width, static_cast<int>(std::to_string(c.number).size()));

        std::vector<const Card*> chosen;
        for (const Card& c : deck.cards)
            if (only.empty() || std::find(only.begin(), only.end(), c.id) != only.end())
                chosen.push_back(&c);
        std::string unknown;
        std::vector<const Card*> cards = with_copies(deck, chosen, o.copies, unknown);
        if (!unknown.empty()) {
            std::fprintf(stderr,
                         "hearth-deck render: --copies names '%s', a card the deck "
                         "does not have\n",
                         unknown.c_str());
            return 2;
        }
        std::vector<const CardType*> backs;
        if (only.empty() && !paired)
            for (const CardType& t : deck.types)
                if (std::any_of(deck.cards.begin(), deck.cards.end(),
                                [&](const Card& c) { return c.type == t.id; }))
                    backs.push_back(&t);
        // Cards with a back of their own get it beside their type's.
        std::vector<const Card*> own_backs;
        if (only.empty() && !paired)
            for (const Card& c : deck.cards)
                if (!c.back_file.empty() || c.two_sided())
                    own_backs.push_back(&c);

        const std::size_t back_files = paired ? cards.size() : backs.size() + own_backs.size();
        int total = static_cast<int>(cards.size() + back_files), done = 0, unfit = 0;
        Progress progress("render", total);
        auto save = [&](SDL_Surface* s, const std::string& name) {
            std::filesystem::path file = out / name;
            if (auto problem = save_print_png(s, file.string(), o.spec.dpi, alpha)) {
                std::fprintf(stderr, "%s\n", file_error({file.string()}, *problem).str().c_str());
                return false;
            }
            progress.update(++done, name);
            return true;
        };
        SDL_Rect content = imager.content();
        // Numbers in print order, padded alike, for paired names.
        const int pair_width = std::max(3, static_cast<int>(std::to_string(cards.size()).size()));
        std::map<const Card*, int> seen;
        for (std::size_t i = 0; i < cards.size(); ++i) {
            const Card* c = cards[i];
            int copy = ++seen[c];
            if (copy == 1) {
                CardFitReport fit = card_text_fit(fonts, deck, *c, content.w, content.h);
                if (auto d = fit_warning(*c, fit, o.size_name)) {
                    ++unfit;
                    progress.note(d->str());
                }
            }
            if (paired) {
                std::string n = padded(static_cast<int>(i) + 1, pair_width);
                if (!save(imager.front(deck, *c), "front-" + n + ".png") ||
                    !save(imager.back(deck, *c), "back-" + n + ".png"))
                    return 1;
                continue;
            }
            std::string name = front_name(*c, width);
            if (copy > 1)
                name.insert(name.size() - 4, "-" + std::to_string(copy));
            if (!save(imager.front(deck, *c), name))
                return 1;
        }
        for (const CardType* t : backs)
            if (!save(imager.back(deck, *t), "back-" + t->id + ".png"))
                return 1;
        for (const Card* c : own_backs)
            if (!save(imager.back(deck, *c), "back-card-" + c->id + ".png"))
                return 1;
        progress.finish();
        double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        std::printf("%s: %zu front%s and %zu back%s, %dx%d px (%s at %d dpi, bleed %.1f mm), "
                    "in %.1f s%s\n",
                    out.c_str(), cards.size(), cards.size() == 1 ? "" : "s", back_files,
                    back_files == 1 ? "" : "s", imager.width(), imager.height(),
                    o.size_name.c_str(), o.spec.dpi, o.spec.bleed, seconds,
                    unfit ? (", " + std::to_string(unfit) + " card(s) too full").c_str() : "");
    } catch (const std::exception& e) {
        std::fprintf(stderr, "hearth-deck render: %s\n", e.what());
        return 1;
    }
    return 0;
}

} // namespace hearth::tools
