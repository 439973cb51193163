// The software window presents only what changed since the last present
// (engine/changed_rows.hpp): what it sends must cover every changed pixel,
// leave out rows that did not change, and then match the frame exactly.
#include "engine/changed_rows.hpp"

#include <catch2/catch.hpp>

#include <memory>

using namespace hearth;

namespace {

struct Frame {
    std::unique_ptr<SDL_Surface, decltype(&SDL_FreeSurface)> s{
        SDL_CreateRGBSurfaceWithFormat(0, 200, 100, 32, SDL_PIXELFORMAT_ARGB8888),
        &SDL_FreeSurface};
    void fill(SDL_Rect r, Uint32 c) { SDL_FillRect(s.get(), &r, c); }
};

bool covered(const std::vector<SDL_Rect>& rects, int x, int y) {
    SDL_Point p{x, y};
    for (const SDL_Rect& r : rects)
        if (SDL_PointInRect(&p, &r))
            return true;
    return false;
}

} // namespace

SCENARIO("the software window presents only the parts that changed", "[present]") {
    Frame f;
    ChangedRows rows;
    f.fill({0, 0, 200, 100}, 0xff204030);
    GIVEN("the first frame") {
        auto first = rows.changes(*f.s, false);
        THEN("all of it is presented") {
            REQUIRE(first.size() == 1);
            CHECK(first[0].w == 200);
            CHECK(first[0].h == 100);
        }
        WHEN("nothing changes") {
            THEN("nothing is presented") {
                CHECK(rows.changes(*f.s, false).empty());
            }
        }
        WHEN("a card moves") {
            Frame before;
            SDL_BlitSurface(f.s.get(), nullptr, before.s.get(), nullptr);
            f.fill({30, 40, 20, 50}, 0xffffffff);
            f.fill({150, 10, 5, 5}, 0xffff0000);
            auto rects = rows.changes(*f.s, false);
            THEN("every changed pixel is in a rectangle, and the rows that did not change are "
                 "not") {
                const auto* now = static_cast<const Uint32*>(f.s->pixels);
                const auto* was = static_cast<const Uint32*>(before.s->pixels);
                const int stride = f.s->pitch / 4;
                int sent = 0;
                for (int y = 0; y < 100; ++y)
                    for (int x = 0; x < 200; ++x) {
                        if (now[y * stride + x] != was[y * stride + x])
                            REQUIRE(covered(rects, x, y));
                        sent += covered(rects, x, y);
                    }
                CHECK(sent < 200 * 100 / 2);
                for (int x = 0; x < 200; ++x)
                    CHECK_FALSE(covered(rects, x, 95));
            }
            THEN("the next frame compares with this one") {
                CHECK(rows.changes(*f.s, false).empty());
            }
        }
        WHEN("a frame was presented whole, without it") {
            rows.forget();
            THEN("the next is presented whole") {
                auto all = rows.changes(*f.s, false);
                REQUIRE(all.size() == 1);
                CHECK(all[0].w * all[0].h == 200 * 100);
            }
        }
        WHEN("the display lost the window's pixels (an expose)") {
            auto all = rows.changes(*f.s, true);
            THEN("all of it is presented again") {
                REQUIRE(all.size() == 1);
                CHECK(all[0].w * all[0].h == 200 * 100);
            }
        }
    }
}
