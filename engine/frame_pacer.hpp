// When a window's animation frames are presented. A frame is drawn first
// and presented at its time, one period after the last, so frames reach the
// screen evenly spaced however long each took to draw: starting each frame
// a period after the last one started made the interval between presents
// vary by the difference between two frames' drawing times.
//
// Pure (the clock comes in), so a test can drive it.
#pragma once

#include <algorithm>
#include <chrono>

namespace hearth {

class FramePacer {
public:
    using Clock = std::chrono::steady_clock;
    using Duration = std::chrono::microseconds;

    explicit FramePacer(Duration period = Duration(16000)) : period_(period) {}

    // When the next frame should start drawing so that it is ready to be
    // presented on time: its present time less the drawing time expected.
    // Before the first frame of an animation: now.
    Clock::time_point draw_at(Clock::time_point now) const {
        if (!running_)
            return now;
        return next_present_ - budget();
    }
    // When a frame drawn by `now` is to be presented: its time, or now if
    // drawing ran late (the animation then keeps the new pace from here).
    Clock::time_point present_at(Clock::time_point now) const {
        return running_ ? std::max(now, next_present_) : now;
    }
    // A frame's present started at `at`, its drawing having taken `drew`;
    // `animating` says whether more frames follow.
    void presented(Clock::time_point at, Duration drew, bool animating) {
        if (!animating) {
            running_ = false;
            return;
        }
        // The drawing time expected: the longest of the last few frames,
        // let fall slowly so that one slow frame does not set it for good.
        drew_ = std::max(drew, Duration(drew_.count() * 15 / 16));
        next_present_ = at + period_;
        running_ = true;
    }
    bool running() const { return running_; }
    Duration period() const { return period_; }

private:
    // What drawing is given: the frames' recent longest and half as much
    // again (a flying card's frames cost more as it grows towards the
    // centre, and vary by a few milliseconds with the machine's other work),
    // a millisecond and a half of margin for waking up (the loop's wait is in
    // whole milliseconds), and never more than the period.
    Duration budget() const { return std::min(period_, drew_ + drew_ / 2 + Duration(1500)); }

    Duration period_;
    Duration drew_{4000};
    Clock::time_point next_present_{};
    bool running_ = false;
};

} // namespace hearth
