// Print output: the sheet geometry, card images at print size, and the PDF
// as a printer would see it (page count and size from pdfinfo, crop marks
// found on a rasterised page from pdftoppm).
#include "engine/render/asset_paths.hpp"
#include "engine/words/translation.hpp"
#include "game/deck/deck_loader.hpp"
#include "tools/card_images.hpp"
#include "tools/pdf_text.hpp"
#include "tools/png_file.hpp"
#include "tools/sheet_pdf.hpp"

#include "tests/engine_fixture.hpp"
#include <SDL_image.h>

#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>

using namespace hearth;
using namespace hearth::tools;

namespace {

const Deck& bundled() {
    return test::bundled_deck();
}

FontLibrary& fonts() {
    return test::font_library();
}

Color pixel(SDL_Surface* s, int x, int y) {
    auto* row = static_cast<std::uint8_t*>(s->pixels) + y * s->pitch;
    Uint32 v = *reinterpret_cast<Uint32*>(row + x * 4); // ARGB8888 surfaces only
    Color c;
    SDL_GetRGBA(v, s->format, &c.r, &c.g, &c.b, &c.a);
    return c;
}

std::string run(const std::string& command) {
    std::string out;
    std::unique_ptr<FILE, int (*)(FILE*)> p(popen(command.c_str(), "r"), pclose);
    REQUIRE(p);
    std::array<char, 256> buf;
    while (std::fgets(buf.data(), buf.size(), p.get()))
        out += buf.data();
    return out;
}

std::filesystem::path scratch(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / "hearth-print-tests";
    std::filesystem::create_directories(dir);
    return dir / name;
}

} // namespace

SCENARIO("cards are laid out on a sheet with room to cut each on its own lines") {
    GIVEN("poker cards with 3 mm bleed on A4") {
        SheetSpec spec;
        SheetLayout L = layout_sheet(spec);
        THEN("two columns of three rows fit, centred") {
            CHECK(L.columns == 2);
            CHECK(L.rows == 3);
            CHECK(L.left == Approx((210 - 2 * 69) / 2.0));
            CHECK(L.top == Approx((297 - 3 * 94) / 2.0));
        }
        THEN("there is a mark at both ends of every cut line, outside the bleed") {
            CHECK(L.marks.size() == std::size_t(2 * 2 * L.columns + 2 * 2 * L.rows));
            for (const Line& m : L.marks) {
                bool vertical = m.x0 == m.x1;
                if (vertical)
                    CHECK((m.y1 <= L.top || m.y0 >= L.top + L.rows * L.pitch_y));
                else
                    CHECK((m.x1 <= L.left || m.x0 >= L.left + L.columns * L.pitch_x));
                CHECK(std::min(m.x0, m.y0) >= 0);
                CHECK(m.x1 <= 210);
                CHECK(m.y1 <= 297);
            }
        }
        THEN("on the back page the columns are mirrored, rows kept") {
            auto front = L.trim(0, false, spec), back = L.trim(0, true, spec);
            CHECK(back.y == front.y);
            CHECK(back.x == Approx(210 - front.x - front.w));
        }
    }
    GIVEN("no bleed") {
        SheetSpec spec;
        spec.bleed = 0;
        THEN("nine poker cards fit an A4 page and nine a letter page") {
            CHECK(layout_sheet(spec).per_page() == 9);
            spec.paper = *paper_size("letter");
            CHECK(layout_sheet(spec).per_page() == 9);
        }
    }
    GIVEN("a card larger than the page") {
        SheetSpec spec;
        spec.card = *card_size("300x400");
        THEN("nothing fits") {
            CHECK(layout_sheet(spec).per_page() == 0);
        }
    }
}

SCENARIO("sizes and lengths read as designers write them") {
    CHECK(card_size("tarot")->h == 120);
    CHECK(card_size("63x88mm")->w == 63);
    CHECK_FALSE(card_size("huge"));
    CHECK(*parse_length("3mm") == Approx(3));
    CHECK(*parse_length("0.125in") == Approx(3.175));
    CHECK(*parse_length("2") == Approx(2));
    CHECK_FALSE(parse_length("-1mm"));
    CHECK(mm_to_px(88, 300) == 1039);
    CHECK(card_size("2.5x3.5in")->w == Approx(63.5));
    CHECK(card_size("2.5x3.5in")->h == Approx(88.9));
    CHECK(card_size("poker")->w == 63); // poker keeps meaning 63x88 mm
    CHECK(card_size("poker-in")->h == Approx(88.9));
    CHECK_FALSE(card_size("0.1x3in"));
    CHECK(paper_size("a3")->h == 420);
    CHECK(paper_size("tabloid")->w == Approx(279.4));
    CHECK_FALSE(print_preset("kinkos"));
}

SCENARIO("every print preset gives the exact pixels its service asks for") {
    struct Want {
        std::string_view name;
        int w, h, trim_x, trim_y, trim_w, trim_h;
    };
    for (const Want& want : {Want{"drivethrucards", 825, 1125, 37, 37, 750, 1050},
                             Want{"makeplayingcards", 822, 1122, 36, 36, 750, 1050}}) {
        auto p = print_preset(want.name);
        REQUIRE(p);
        CardImager imager(fonts(), PrintSpec{p->card, p->bleed, p->dpi});
        INFO(want.name);
        CHECK(imager.width() == want.w);
        CHECK(imager.height() == want.h);
        CHECK(imager.trim().x == want.trim_x);
        CHECK(imager.trim().y == want.trim_y);
        CHECK(imager.trim().w == want.trim_w);
        CHECK(imager.trim().h == want.trim_h);
    }
    GIVEN("the services' poker size without a preset") {
        CardImager imager(fonts(), PrintSpec{*card_size("2.5x3.5in"), 0, 300});
        CHECK(imager.width() == 750);
        CHECK(imager.height() == 1050);
    }
}

SCENARIO("a PNG says its resolution") {
    SurfacePtr s(SDL_CreateRGBSurfaceWithFormat(0, 4, 3, 32, SDL_PIXELFORMAT_ARGB8888));
    REQUIRE(s);
    SDL_FillRect(s.get(), nullptr, SDL_MapRGB(s->format, 200, 10, 10));
    auto file = (std::filesystem::temp_directory_path() / "hearth-phys.png").string();
    REQUIRE_FALSE(save_print_png(s.get(), file, 300, false));
    std::ifstream in(file, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // After the IHDR: pHYs, 11811 pixels a metre both ways (300 dpi), unit metre.
    REQUIRE(bytes.size() > 50);
    CHECK(bytes.substr(37, 4) == "pHYs");
    CHECK(bytes.substr(41, 9) == std::string("\0\0\x2e\x23\0\0\x2e\x23\x01", 9));
    CHECK(bytes[25] == 2); // colour type 2: RGB, no alpha
    SurfacePtr back(IMG_Load(file.c_str()));
    REQUIRE(back); // the chunk's CRC is right: libpng reads it back
    CHECK(back->w == 4);
    CHECK(with_resolution(bytes, 300) == bytes); // one pHYs only
}

SCENARIO("card images are the printed size at the resolution asked for") {
    const Deck& deck = bundled();
    GIVEN("a poker card at 300 dpi with 3 mm bleed") {
        CardImager imager(fonts(), PrintSpec{*card_size("poker"), 3, 300});
        THEN("the image is the card plus bleed rounded once (69x94 mm), the cut 35 px in") {
            CHECK(imager.width() == 815);
            CHECK(imager.height() == 1110);
            CHECK(imager.trim().x == 35);
            CHECK(imager.trim().y == 35);
            CHECK(imager.trim().w == 744);
            CHECK(imager.trim().h == 1039);
        }
        THEN("the bleed of a front is its face colour, the back's is the art's edge") {
            const Card& card = deck.cards.front();
            SDL_Surface* s = imager.front(deck, card);
            CHECK(pixel(s, 2, 2) == deck.type_of(card).color);
            CHECK(pixel(s, s->w - 3, s->h - 3) == deck.type_of(card).color);
            s = imager.back(deck, deck.type_of(card));
            CHECK(pixel(s, 2, s->h / 2) == pixel(s, 35 + 744 * 3 / 100, s->h / 2));
        }
    }
    GIVEN("a tarot card at 150 dpi without bleed") {
        CardImager imager(fonts(), PrintSpec{*card_size("tarot"), 0, 150});
        CHECK(imager.width() == 413);
        CHECK(imager.height() == 709);
    }
}

SCENARIO("a print-and-play PDF has the pages, page size and crop marks a printer needs") {
    const Deck& deck = bundled();
    std::vector<const Card*> cards;
    for (std::size_t i = 0; i < 8; ++i)
        cards.push_back(&deck.cards[i]);
    SheetOptions options;
    options.dpi = 100;
    options.title = "test";
    WHEN("eight cards go on A4 with backs") {
        options.backs = true;
        std::string error;
        auto pdf = make_sheet_pdf(fonts(), deck, cards, options, error);
        REQUIRE(pdf);
        auto file = scratch("sheet.pdf");
        std::ofstream(file, std::ios::binary) << *pdf;
        THEN("pdfinfo sees two pages of fronts and two of backs, all A4") {
            std::string info = run("pdfinfo " + file.string());
            CHECK_THAT(info, Catch::Contains("Pages:           4"));
            CHECK_THAT(info, Catch::Contains("595.276 x 841.89 pts (A4)"));
        }
        THEN("every crop mark is dark on the page, the margin elsewhere white") {
            const int dpi = 100;
            auto png = scratch("page");
            run("pdftoppm -r " + std::to_string(dpi) + " -f 1 -l 1 -singlefile -png " +
                file.string() + " " + png.string());
            std::unique_ptr<SDL_Surface, void (*)(SDL_Surface*)> loaded(
                IMG_Load((png.string() + ".png").c_str()), SDL_FreeSurface);
            REQUIRE(loaded);
            // pdftoppm writes 24-bit RGB; read it as 32-bit pixels.
            std::unique_ptr<SDL_Surface, void (*)(SDL_Surface*)> page(
                SDL_ConvertSurfaceFormat(loaded.get(), SDL_PIXELFORMAT_ARGB8888, 0),
                SDL_FreeSurface);
            REQUIRE(page);
            SDL_Surface* s = page.get();
            CHECK(s->w == mm_to_px(210, dpi));
            SheetLayout L = layout_sheet(options.sheet);
            auto px = [&](double mm) { return static_cast<int>(mm / kMmPerInch * dpi); };
            // A hairline is anti-aliased over two pixels: look at the 3x3 around it.
            auto darkest = [&](int x, int y) {
                int least = 255;
                for (int dy = -1; dy <= 1; ++dy)
                    for (int dx = -1; dx <= 1; ++dx) {
                        Color c = pixel(s, x + dx, y + dy);
                        least = std::min({least, int(c.r), int(c.g), int(c.b)});
                    }
                return least;
            };
            int marks_dark = 0;
            for (const Line& m : L.marks)
                marks_dark += darkest(px((m.x0 + m.x1) / 2), px((m.y0 + m.y1) / 2)) < 128;
            CHECK(marks_dark == static_cast<int>(L.marks.size()));
            Color corner = pixel(s, 3, 3);
            CHECK(corner == Color{255, 255, 255, 255});
            // Between two marks on the top margin there is no mark.
            Color between = pixel(s, px(L.left + L.pitch_x / 2), px(L.top / 2));
            CHECK(between == Color{255, 255, 255, 255});
        }
    }
}

SCENARIO("a sheet's card text is vector text in embedded fonts, not part of the image") {
    const Deck& deck = bundled();
    std::vector<const Card*> cards{&deck.cards[0], &deck.cards[1]};
    SheetOptions options;
    options.dpi = 100;
    options.title = "vector text";
    std::string error;
    auto pdf = make_sheet_pdf(fonts(), deck, cards, options, error);
    REQUIRE(pdf);
    auto file = scratch("vector.pdf");
    std::ofstream(file, std::ios::binary) << *pdf;
    THEN("pdffonts lists the body and title faces, embedded as subsets") {
        std::string listed = run("pdffonts " + file.string());
        CHECK_THAT(listed, Catch::Contains("Lato-Regular"));
        CHECK_THAT(listed, Catch::Contains("Lato-Bold"));
        CHECK_THAT(listed, Catch::Contains("ComicNeue-Bold"));
        CHECK_THAT(listed, !Catch::Contains(" no  "));
    }
    THEN("the text can be read back from the PDF: the titles and the type") {
        std::string text = run("pdftotext " + file.string() + " -");
        CHECK_THAT(text, Catch::Contains(deck.cards[0].title));
        CHECK_THAT(text, Catch::Contains(deck.type_of(deck.cards[0]).name));
    }
}

SCENARIO("with the sheet's text taken as vector text, the card image holds no text of its own") {
    const Deck& deck = bundled();
    const Card& card = deck.cards[0];
    CardImager imager(fonts(), PrintSpec{{63, 88}, 3, 150});
    auto ink_pixels = [&](SDL_Surface* s) {
        int n = 0;
        for (int y = 0; y < s->h; ++y)
            for (int x = 0; x < s->w; ++x) {
                Color c = pixel(s, x, y);
                n += c.r < 90 && c.g < 90 && c.b < 90;
            }
        return n;
    };
    const int drawn = ink_pixels(imager.front(deck, card));
    PdfText text(fonts());
    imager.set_text_sink(&text);
    const int without = ink_pixels(imager.front(deck, card));
    std::vector<DrawnLine> lines = text.take_lines();
    // What stays dark is the frame, the badge's ring and the bullets.
    CHECK(drawn > 3000);
    CHECK(without < drawn / 4);
    REQUIRE(lines.size() >= 4);
    bool title = false;
    for (const DrawnLine& l : lines)
        title = title || l.text == card.title;
    CHECK(title);
}

SCENARIO("a printed card's cross references are in the deck's language, as the TV's are") {
    Deck deck = bundled();
    const Card* with_see = nullptr;
    for (const Card& c : deck.cards)
        if (!c.see.empty()) {
            with_see = &c;
            break;
        }
    REQUIRE(with_see);
    auto see_line = [&](const Deck& d) {
        CardImager imager(fonts(), PrintSpec{{63, 88}, 3, 150});
        PdfText text(fonts());
        imager.set_text_sink(&text);
        imager.front(d, *with_see);
        std::string found;
        for (const DrawnLine& l : text.take_lines())
            if (l.text.find("{cards}") == std::string::npos &&
                (l.text.rfind("see ", 0) == 0 || l.text.rfind("siehe ", 0) == 0 ||
                 l.text.rfind("voir ", 0) == 0 || l.text.rfind("ver ", 0) == 0))
                found = l.text;
        return found;
    };
    CHECK(see_words_in("de") == "siehe {cards}");
    CHECK(see_words_in("fr-CA") == "voir {cards}");
    CHECK(see_words_in("en") == "see {cards}");
    CHECK(see_words_in("tlh") == "see {cards}"); // no words for it: English
    deck.info.language = "en";
    CHECK_THAT(see_line(deck), Catch::StartsWith("see "));
    deck.info.language = "de";
    CHECK_THAT(see_line(deck), Catch::StartsWith("siehe "));
    deck.info.language = "es";
    CHECK_THAT(see_line(deck), Catch::StartsWith("ver "));
    CHECK(interface_language() == "en"); // the tool's own language is left as it was
}
