// The software window presents only what changed since the last present
// (engine/changed_rows.hpp): the window's surface holds what was shown last,
// and what is copied into it and sent must cover every changed pixel, leave
// out rows that did not change, and then match the frame exactly.
#include "engine/changed_rows.hpp"

#include <catch2/catch.hpp>

#include <cstring>
#include <memory>

using namespace hearth;

namespace {

struct Frame {
    explicit Frame(Uint32 format = SDL_PIXELFORMAT_RGB888, int w = 200, int h = 100)
        : s(SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, format), &SDL_FreeSurface) {}
    std::unique_ptr<SDL_Surface, decltype(&SDL_FreeSurface)> s;
    void fill(SDL_Rect r, Uint32 c) { SDL_FillRect(s.get(), &r, c); }
    Uint32 at(int x, int y) const {
        return static_cast<const Uint32*>(s->pixels)[y * (s->pitch / 4) + x];
    }
};

bool covered(const std::vector<SDL_Rect>& rects, int x, int y) {
    SDL_Point p{x, y};
    for (const SDL_Rect& r : rects)
        if (SDL_PointInRect(&p, &r))
            return true;
    return false;
}

bool same(const Frame& a, const Frame& b) {
    for (int y = 0; y < a.s->h; ++y)
        for (int x = 0; x < a.s->w; ++x)
            if (a.at(x, y) != b.at(x, y))
                return false;
    return true;
}

} // namespace

SCENARIO("the software window presents only the parts that changed", "[present]") {
    Frame canvas, shown;
    canvas.fill({0, 0, 200, 100}, 0xff204030);
    shown.fill({0, 0, 200, 100}, 0xff000000);
    GIVEN("the first frame, shown whole") {
        auto first = copy_changed_rows(*canvas.s, *shown.s, true);
        THEN("all of it is copied and presented") {
            REQUIRE(first.size() == 1);
            CHECK(first[0].w == 200);
            CHECK(first[0].h == 100);
            CHECK(same(canvas, shown));
        }
        WHEN("nothing changes") {
            THEN("nothing is presented") {
                CHECK(copy_changed_rows(*canvas.s, *shown.s, false).empty());
            }
        }
        WHEN("a card moves") {
            Frame before;
            SDL_BlitSurface(canvas.s.get(), nullptr, before.s.get(), nullptr);
            canvas.fill({30, 40, 20, 50}, 0xffffffff);
            canvas.fill({150, 10, 5, 5}, 0xffff0000);
            auto rects = copy_changed_rows(*canvas.s, *shown.s, false);
            THEN("every changed pixel is in a rectangle, and the rows that did not change are "
                 "not") {
                int sent = 0;
                for (int y = 0; y < 100; ++y)
                    for (int x = 0; x < 200; ++x) {
                        if (canvas.at(x, y) != before.at(x, y))
                            REQUIRE(covered(rects, x, y));
                        sent += covered(rects, x, y);
                    }
                CHECK(sent < 200 * 100 / 2);
                for (int x = 0; x < 200; ++x)
                    CHECK_FALSE(covered(rects, x, 95));
            }
            THEN("the window's surface is the new frame") {
                CHECK(same(canvas, shown));
            }
            THEN("the next frame compares with this one") {
                CHECK(copy_changed_rows(*canvas.s, *shown.s, false).empty());
            }
        }
        WHEN("the display lost the window's pixels (an expose)") {
            auto all = copy_changed_rows(*canvas.s, *shown.s, true);
            THEN("all of it is presented again") {
                REQUIRE(all.size() == 1);
                CHECK(all[0].w * all[0].h == 200 * 100);
            }
        }
    }
    GIVEN("a window whose surface has another pixel format") {
        Frame other(SDL_PIXELFORMAT_BGR888);
        auto all = copy_changed_rows(*canvas.s, *other.s, false);
        THEN("the frame is converted into it whole") {
            REQUIRE(all.size() == 1);
            CHECK(all[0].w * all[0].h == 200 * 100);
            Uint8 r = 0, g = 0, b = 0;
            SDL_GetRGB(other.at(7, 7), other.s->format, &r, &g, &b);
            CHECK(r == 0x20);
            CHECK(g == 0x40);
            CHECK(b == 0x30);
        }
    }
    GIVEN("a window's surface that is not yet the canvas's size (a resize under way)") {
        Frame small(SDL_PIXELFORMAT_RGB888, 120, 60);
        auto all = copy_changed_rows(*canvas.s, *small.s, false);
        THEN("what fits is copied, and all of it presented") {
            REQUIRE(all.size() == 1);
            CHECK(all[0].w == 120);
            CHECK(all[0].h == 60);
            CHECK(small.at(119, 59) == canvas.at(119, 59));
        }
    }
}
