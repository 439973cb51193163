#include "engine/frame_priority.hpp"

#ifdef __linux__
#include <sys/syscall.h>
#include <unistd.h>

#include <cstdint>
#endif

namespace hearth {

#if defined(__linux__) && defined(SYS_sched_setattr) && defined(SYS_sched_getattr)
namespace {

// As the kernel's uapi/linux/sched/types.h (glibc has no wrapper).
struct SchedAttr {
    std::uint32_t size;
    std::uint32_t policy;
    std::uint64_t flags;
    std::int32_t nice;
    std::uint32_t priority;
    std::uint64_t runtime; // for the normal class: the slice asked for, in ns
    std::uint64_t deadline;
    std::uint64_t period;
};

constexpr std::uint32_t kSchedOther = 0;
// Short enough to wake ahead of a compiler's slice (0.75 ms and more), long
// enough for a frame's drawing to run in a few of them.
constexpr std::uint64_t kSliceNs = 300'000;

} // namespace

bool ask_short_time_slices() {
    SchedAttr attr{};
    if (syscall(SYS_sched_getattr, 0, &attr, unsigned(sizeof attr), 0u) != 0)
        return false;
    // Only the normal class has slices to choose; its nice value is kept.
    if (attr.policy != kSchedOther)
        return false;
    attr.size = sizeof attr;
    attr.flags = 0;
    attr.runtime = kSliceNs;
    return syscall(SYS_sched_setattr, 0, &attr, 0u) == 0;
}
#else
bool ask_short_time_slices() {
    return false;
}
#endif

} // namespace hearth
