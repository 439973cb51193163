#include "game/journal/autosave.hpp"

namespace hearth {

void AutosaveTracker::changed(std::uint64_t revision, std::int64_t now_ms) {
    if (revision == current_)
        return;
    if (!dirty())
        deadline_ms_ = now_ms + max_delay_ms;
    current_ = revision;
}

void AutosaveTracker::saved(std::uint64_t revision) {
    saved_ = revision;
}

void AutosaveTracker::failed(std::int64_t now_ms) {
    deadline_ms_ = now_ms + retry_ms;
}

std::optional<std::int64_t> AutosaveTracker::deadline() const {
    if (!dirty())
        return std::nullopt;
    return deadline_ms_;
}

bool AutosaveTracker::due(std::int64_t now_ms) const {
    return dirty() && now_ms >= deadline_ms_;
}

} // namespace hearth
