// The window loop's thread asks the kernel for short time slices, so that
// it runs soon after it wakes for a frame even when every core is busy.
//
// Why: on Linux's scheduler (EEVDF, 6.6 and later) a thread that wakes
// waits for the running one to finish its slice (1.4 ms here, taken at the
// next tick, every 4 ms) unless its own slice is shorter (6.12 and later
// let a thread of the normal class choose one, 0.1-100 ms, without any
// privilege). The window loop sleeps twice a frame (until it should draw,
// until it should present): under load each wake came up to 4-8 ms late,
// and an animation's frames 20-24 ms apart instead of 16.7
// (docs/performance.md). The thread's priority, its nice value and its
// share of the processor stay as they were; threads it starts later (the
// art cache's writer) inherit the short slices, which changes when they
// run, not how much.
#pragma once

namespace hearth {

// Asks for short slices on the calling thread; false where the kernel does
// not offer them (other systems, older kernels), which changes nothing else.
bool ask_short_time_slices();

} // namespace hearth
