// A window's animation frames reach the screen a period apart whatever each
// took to draw (the pacer is pure: this test brings the clock).
#include "engine/frame_pacer.hpp"

#include <catch2/catch.hpp>

#include <vector>

using namespace hearth;
using namespace std::chrono;

SCENARIO("frames drawn in uneven times are presented evenly") {
    FramePacer pacer(microseconds(16000));
    FramePacer::Clock::time_point now{};
    // Drawing times that vary by several milliseconds, as on a busy machine,
    // none much longer than the longest of the frames just before it.
    const std::vector<int> drew_us = {9000, 3000, 7000, 2500, 8000, 3000, 6000, 2000};
    std::vector<FramePacer::Clock::time_point> presents;
    for (int d : drew_us) {
        now = std::max(now, pacer.draw_at(now)); // the loop sleeps until then
        auto drawn = now + microseconds(d);
        auto at = pacer.present_at(drawn); // ... and again until this
        presents.push_back(at);
        pacer.presented(at, microseconds(d), true);
        now = at;
    }
    // The first frame goes at once; every later one a period after the last.
    for (std::size_t i = 1; i < presents.size(); ++i)
        CHECK(duration_cast<microseconds>(presents[i] - presents[i - 1]).count() == 16000);
}

SCENARIO("a frame that draws too long is presented at once, and the pace resumes from it") {
    FramePacer pacer(microseconds(16000));
    FramePacer::Clock::time_point t0{};
    pacer.presented(t0, microseconds(3000), true);
    // Drawing starts a budget before the present: at least the last
    // drawing time and a millisecond.
    CHECK(pacer.draw_at(t0) <= t0 + microseconds(16000 - 4000));
    CHECK(pacer.draw_at(t0) > t0);
    auto late = t0 + microseconds(25000);
    CHECK(pacer.present_at(late) == late);
    pacer.presented(late, microseconds(8000), true);
    CHECK(pacer.present_at(late + microseconds(1)) == late + microseconds(16000));
    // The budget grew to the slow frame's time, half as much again and a
    // millisecond and a half.
    CHECK(pacer.draw_at(late) == late + microseconds(16000 - 13500));
    // It never exceeds a period.
    pacer.presented(late, microseconds(14000), true);
    CHECK(pacer.draw_at(late) == late);
    // When the animation ends, the next one's first frame goes at once.
    pacer.presented(late + microseconds(16000), microseconds(3000), false);
    CHECK_FALSE(pacer.running());
    auto later = late + seconds(5);
    CHECK(pacer.draw_at(later) == later);
    CHECK(pacer.present_at(later) == later);
}
