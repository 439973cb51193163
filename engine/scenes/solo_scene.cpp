// The solo scene's session and commands. Sections: starting, the session's
// actions, commands, the clock, help. The entry and its saving are in
// solo_journal.cpp, drawing in solo_view.cpp.
#include "engine/scenes/solo_scene.hpp"

#include "engine/audio.hpp"
#include "engine/cli_options.hpp"
#include "engine/scenes/solo_clock.hpp"
#include "engine/scenes/table_scene.hpp"
#include "engine/words/translation.hpp"
#include "engine/words/words.hpp"
#include "game/session/solo_session.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace hearth {

using solo::real_ms;

namespace {

// A new solo session, or an empty one (no format: every action is refused)
// after saying why it could not start.
Session new_session(const Deck& deck, std::uint64_t seed, SceneHost& host) {
    auto started = start_session(deck, solo_start_today(deck, seed));
    if (auto* e = std::get_if<StartError>(&started)) {
        host.toast(fill(tr("The session could not start: {why}"), {{"why", say(e->message)}}));
        return Session{};
    }
    return std::get<Session>(std::move(started));
}

} // namespace

// ---------------------------------------------------------------- starting

SessionStart solo_start_today(const Deck& deck, std::uint64_t seed, std::string_view format) {
    Date today = solo::local_now().first;
    return solo_start(deck, seed, today.year, today.month, today.day, format);
}

SoloScene::SoloScene(const Deck& deck, std::filesystem::path journal_folder, std::uint64_t seed,
                     SceneHost& host)
    : SoloScene(new_session(deck, seed, host), std::move(journal_folder), host) {}

SoloScene::SoloScene(Session session, std::filesystem::path journal_folder, SceneHost& host)
    : journal_(std::move(journal_folder)), writer_(journal_), session_(std::move(session)) {
    const Deck& deck = host.deck();
    if (session_.table.phase == Phase::Setup && format_of(deck, session_))
        act(solo_draw(deck, session_), host); // the card of the day
    else if (const Card* card = current_card(deck, session_))
        begin_entry(deck, *card, host); // a resumed session: its card again
    focus_editor(host);
}

// ---------------------------------------------------------------- the session's actions

bool SoloScene::act(Applied moved, SceneHost& host) {
    if (const Refusal* r = std::get_if<Refusal>(&moved)) {
        host.toast(sentence(say(*r)));
        return false;
    }
    Session& next = std::get<Session>(moved);
    const Deck& deck = host.deck();
    const Card* card = current_card(deck, next);
    if (card && card->id != card_id_ && !begin_entry(deck, *card, host))
        return false;
    session_ = std::move(next);
    host.session_changed(session_);
    return true;
}

void SoloScene::next_card(SceneHost& host) {
    flush_clock(host);
    act(solo_draw(host.deck(), session_), host);
}

void SoloScene::show_today(SceneHost& host) {
    if (of_the_day())
        return;
    flush_clock(host);
    Applied back = solo_back_to(host.deck(), session_, first_card(session_));
    if (std::holds_alternative<Refusal>(back) &&
        std::get<Refusal>(back) == Refusal::NothingToUndo) {
        host.toast(tr("The card of the day is further back than this session can go"));
        return;
    }
    act(std::move(back), host);
}

void SoloScene::toggle_timer(SceneHost& host) {
    flush_clock(host);
    Applied timed = solo_timer(host.deck(), session_);
    if (std::holds_alternative<Refusal>(timed) && std::get<Refusal>(timed) == Refusal::NoTimer) {
        host.toast(tr("This way of playing has no reflection timer"));
        return;
    }
    act(std::move(timed), host);
}

bool SoloScene::of_the_day() const {
    return !card_id_.empty() && card_id_ == first_card(session_);
}

// ---------------------------------------------------------------- commands

void SoloScene::on_input(const Input& input, SceneHost& host) {
    switch (focus_) {
    case Focus::Editor:
        if (editor_input(input, host))
            return;
        break;
    case Focus::LookBack:
        if (lookback_input(input, host))
            return;
        break;
    case Focus::Card:
        if (input.command == Command::Journal) {
            focus_editor(host);
            return;
        }
        if (input.command == Command::LookBack) {
            open_lookback(host, false, {});
            return;
        }
        break;
    }
    // The table's commands, from the keys with the editor put aside, or a
    // pad or a pointer at any time.
    const Deck& deck = host.deck();
    switch (input.command) {
    case Command::Next:
        next_card(host);
        focus_editor(host);
        break;
    case Command::Skip:
        flush_clock(host);
        act(solo_apply(deck, session_, act::Skip{}), host);
        break;
    case Command::Keep:
        flush_clock(host);
        act(solo_apply(deck, session_, act::Keep{}), host);
        break;
    case Command::Back:
        flush_clock(host);
        act(solo_apply(deck, session_, act::Back{}), host);
        break;
    case Command::TurnOver:
        card_page_ = card_page_ + 1 < card_pages_ ? card_page_ + 1 : 0;
        break;
    case Command::Point: {
        // A click in the entry puts the caret there; one on a long card's
        // "1/2" turns its page; anywhere else returns to writing.
        SDL_Point at{input.x, input.y};
        if (card_pages_ > 1 && SDL_PointInRect(&at, &page_marker_)) {
            card_page_ = card_page_ + 1 < card_pages_ ? card_page_ + 1 : 0;
            break;
        }
        focus_editor(host);
        const EditorLayout* l = current_layout();
        if (l && line_h_ > 0 && SDL_PointInRect(&at, &editor_box_) &&
            writer_.editor().composition().empty()) {
            int line =
                std::clamp((at.y - editor_box_.y + scroll_) / line_h_, 0, int(l->line_count()) - 1);
            writer_.editor().move_to(l->pos_at(std::size_t(line), at.x - editor_box_.x));
        }
        break;
    }
    case Command::Leave:
        save_now(host);
        if (writer_.unsaved() && !leave_anyway_) {
            host.toast(
                fill(tr("Your entry could not be saved: {why}. {key} again leaves without it."),
                     {{"why", writer_.error()},
                      {"key", host.bindings().key(Command::Leave, Layer::Aside)}}));
            leave_anyway_ = true;
            break;
        }
        host.quit();
        break;
    case Command::Save:
        save_now(host);
        host.toast(writer_.error().empty()
                       ? tr("Saved")
                       : fill(tr("Not saved: {why}"), {{"why", writer_.error()}}));
        break;
    default:
        break;
    }
}

SDL_Rect SoloScene::toast_band(int w, int h) const {
    if (editor_box_.w <= 0)
        return Scene::toast_band(w, h);
    const double unit = std::min(w / 1920.0, h / 1080.0);
    const int pad = int(std::lround(26 * unit)); // the editor's own, around its text
    const int band = std::max(24, int(std::lround(56 * unit)));
    const int top = editor_box_.y - pad;
    return SDL_Rect{editor_box_.x - pad, std::max(0, top - band - int(std::lround(4 * unit))),
                    editor_box_.w + 2 * pad, band};
}

// ---------------------------------------------------------------- the clock

void SoloScene::flush_clock(SceneHost& host) {
    if (pending_ms_ <= 0)
        return;
    std::int64_t ms = std::exchange(pending_ms_, 0);
    if (session_.paused || session_.table.phase == Phase::Ended)
        return;
    if (apply_in_place(host.deck(), session_, act::Tick{ms}))
        return;
    host.session_changed(session_);
    for (const Event& e : session_.log.back().caused)
        if (e.kind == EventKind::TimerExpired) {
            host.toast(tr("The reflection time is over. Write on as long as you like."));
            host.play(Sound::ReflectionEnded); // the chime, softly: a quiet timer
        }
}

void SoloScene::advance(std::int64_t ms, SceneHost& host) {
    if (ms > 0 && !session_.paused && session_.table.phase != Phase::Ended) {
        pending_ms_ += ms;
        // Time reaches the session once a second while its timer counts down
        // (and the moment it runs out), once a minute otherwise, and always
        // before an action: the log stays short and exact.
        TimerView t = timer_view(session_);
        bool counting = t.state == TimerState::Running;
        if ((counting && (pending_ms_ >= 1000 || pending_ms_ >= t.remaining_ms)) ||
            pending_ms_ >= 60000)
            flush_clock(host);
    }
    poll(host);
}

void SoloScene::set_paused(bool paused, SceneHost& host) {
    // The pause screen pauses the session, and with it the timer; the App
    // does not advance a paused scene. A session the person paused with the
    // timer key stays paused.
    if (session_.table.phase == Phase::Ended)
        return;
    if (paused && !session_.paused) {
        flush_clock(host);
        paused_with_screen_ = act(apply(host.deck(), session_, act::Pause{}), host);
    } else if (!paused && paused_with_screen_) {
        paused_with_screen_ = false;
        if (session_.paused)
            act(apply(host.deck(), session_, act::Resume{}), host);
    }
}

std::int64_t SoloScene::wake_in_ms() const {
    std::int64_t wake = -1;
    if (auto d = writer_.deadline())
        wake = std::max<std::int64_t>(1, *d - real_ms());
    TimerView t = timer_view(session_);
    if (t.state == TimerState::Running) {
        // The countdown's next visible second, or at once when it ran out.
        std::int64_t left = t.remaining_ms - pending_ms_;
        std::int64_t next = left <= 0 ? 1 : left % 1000 == 0 ? 1000 : left % 1000;
        wake = wake < 0 ? next : std::min(wake, next);
    }
    return wake;
}

// ---------------------------------------------------------------- help

KeyHelp SoloScene::help(const Bindings& keys) const {
    using C = Command;
    return keys.help(
        {
            {{},
             tr_later("goes into your journal entry; it is saved as you type"),
             tr_later("typing")},
            {{C::Submit, C::Next}, tr_later("draw another card (your entry is kept)")},
            {{C::Today}, tr_later("back to the card of the day")},
            {{C::Timer}, tr_later("start or pause the reflection timer")},
            {{C::LookBack},
             fill(tr("look back: past entries by date; {key}: by card"),
                  {{"key", keys.key(C::NextField, Layer::List)}})},
            {{C::Earlier}, tr_later("read what you wrote about this card before")},
            {{C::TurnOver}, tr_later("a long card\u2019s next page")},
            {{C::ReadAgain}, say(Message{MessageId::ReadHelpEntry, {}})},
            {{C::WordLeft, C::WordRight, C::DeleteWordBack}, tr_later("move or delete by word")},
            {{C::SelectAll, C::Copy, C::Cut, C::Paste},
             tr_later("select, copy, cut, paste"),
             tr_later("Shift+arrows")},
            {{C::Undo, C::Redo}, tr_later("undo, redo")},
            {{C::Leave},
             fill(tr("put the journal aside (then {key} again leaves)"),
                  {{"key", keys.key(C::Leave, Layer::Aside)}})},
            {{},
             tr_later("with the journal aside: skip, keep, the card before"),
             keys.key(C::Skip, Layer::Aside) + ", " + keys.key(C::Keep, Layer::Aside) + ", " +
                 keys.key(C::Back, Layer::Aside)},
            {{C::Help, C::FullScreen}, tr_later("this help, full screen")},
        },
        Layer::Journal);
}

} // namespace hearth
