// The App's preferences and sound: read at start, put in force, written a
// moment after a change (off the frame path), and the audio device's closing.
#include "engine/app.hpp"

#include "engine/words/preference_words.hpp"
#include "game/session/session.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace hearth {
namespace {

// A changed preference is written this long after the change, so that the
// frame showing it is never delayed by the disk, and + + + is one write.
constexpr std::chrono::milliseconds kPreferencesDelay{1000};

} // namespace

void App::load_preferences() {
    for (const Diagnostic& d : prefs_.load())
        std::fprintf(stderr, "%s\n", d.str().c_str());
    const Preferences& p = prefs_.values();
    text_scale_ = p.text_size / 100.0;
    audio_.set_muted(!p.sound);
    if (p.full_screen) {
        backend_->toggle_fullscreen();
        full_screen_ = true;
    }
    apply_seeing();
    start_read_aloud();
}

void App::show_preference_problems() {
    if (prefs_.problems().empty() || !errors_.empty())
        return; // the deck's or the save's problems come first; stderr has these
    error_title_ = preferences_problems_title();
    error_hint_ = preferences_problems_hint(prefs_.writable(),
                                            bindings().key(Command::Leave, Layer::Commands));
    for (const Diagnostic& d : prefs_.problems())
        errors_.push_back(d.str());
}

void App::remember_group(const Session& session) {
    if (prefs_.file().empty() || options_.solo || !deck_.live().has_deck())
        return;
    const Format* f = format_of(deck(), session);
    if (!f || max_seats(*f) == 1)
        return; // a solo format: no group
    std::vector<std::string> names = seat_names(session);
    // "Player 1", "Player 2" ...: a number of players, not a group to offer again.
    bool named = false;
    for (std::size_t i = 0; i < names.size(); ++i)
        named = named || names[i].rfind("Player ", 0) != 0;
    if (!named)
        return;
    const Preferences& p = prefs_.values();
    if (names == p.players && session.start.format == p.format)
        return;
    prefs_.set_last_group(std::move(names), session.start.format);
    preferences_changed();
}

void App::preferences_changed() {
    if (prefs_.pending() && !prefs_due_)
        prefs_due_ = std::chrono::steady_clock::now() + kPreferencesDelay;
}

void App::housekeeping(bool now) {
    audio_.poll();
    if (!prefs_due_ || (!now && std::chrono::steady_clock::now() < *prefs_due_))
        return;
    prefs_due_.reset();
    if (auto err = prefs_.flush()) {
        std::fprintf(stderr, "hearth: %s\n", err->c_str());
        if (!now)
            toast(preferences_not_saved(*err));
    }
}

std::int64_t App::housekeeping_in_ms() const {
    std::int64_t wake = audio_.wake_in_ms();
    if (prefs_due_) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                        *prefs_due_ - std::chrono::steady_clock::now())
                        .count();
        left = std::max<std::int64_t>(0, left);
        wake = wake < 0 ? left : std::min(wake, left);
    }
    return wake;
}

} // namespace hearth
