// The table scene's input and clock: commands become session actions.
// Drawing is in table_view.cpp.
#include "engine/scenes/table_scene.hpp"
#include "engine/words/translation.hpp"

#include "engine/cli_options.hpp"
#include "engine/new_file.hpp"
#include "engine/summary_layout.hpp"
#include "engine/words/screen_words.hpp"
#include "engine/words/summary_markdown.hpp"
#include "engine/words/words.hpp"
#include "game/base/atomic_file.hpp"

#include <SDL_timer.h>

#include <chrono>
#include <cmath>
#include <ctime>

namespace hearth {
namespace {

constexpr std::int64_t kFlipMs = 420;
constexpr std::int64_t kSeatMoveMs = 260;

bool timer_running(const Session& s) {
    TimerView t = timer_view(s);
    return t.state == TimerState::Running || t.state == TimerState::Expired;
}

} // namespace

std::string sentence(std::string_view s) {
    std::string out(s);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
        out[0] = char(out[0] - 'a' + 'A');
    return out;
}

TableScene::TableScene(Session session) : session_(std::move(session)) {}

Layer TableScene::layer() const {
    if (!panel_.is_open())
        return Layer::Commands;
    return panel_.composing() ? Layer::Composing : Layer::Form;
}

void TableScene::on_text(const TextInput& text, SceneHost&) {
    panel_.on_text(text);
}

void TableScene::flush_clock(SceneHost& host) {
    if (pending_ms_ <= 0)
        return;
    std::int64_t ms = pending_ms_;
    pending_ms_ = 0;
    if (session_.paused || session_.table.phase == Phase::Ended)
        return;
    if (!apply_in_place(host.deck(), session_, act::Tick{ms})) {
        host.session_changed(session_);
        notice_timer_end(host);
    }
}

bool TableScene::act(const Action& action, SceneHost& host) {
    flush_clock(host);
    const bool ended_before = session_.table.phase == Phase::Ended;
    int active_before = session_.table.phase == Phase::Playing ? active_seat(session_) : -1;
    int talker_before = talking_seat(session_);
    int lit_before = lit_seat();
    std::string card_before = session_.table.in_play;
    if (std::optional<Refusal> r = apply_in_place(host.deck(), session_, action)) {
        host.toast(sentence(say(*r)));
        return false;
    }
    // What it did, in words; before the host records it, so that a failure
    // to save (which the host says) stays over it.
    if (std::optional<Message> did = feedback(host.deck(), session_))
        host.toast(say(*did));
    host.session_changed(session_);
    // The summary is saved the moment the session ends: quitting from the
    // summary never throws it away.
    if (!ended_before && session_.table.phase == Phase::Ended)
        save_summary(host);
    std::int64_t now = host.now_ms();
    if (!session_.table.in_play.empty() && session_.table.in_play != card_before &&
        !std::holds_alternative<act::Back>(action))
        flip_ = Anim{now, kFlipMs};
    int active_after = session_.table.phase == Phase::Playing ? active_seat(session_) : -1;
    int talker_after = talking_seat(session_);
    if ((active_after != active_before && active_before >= 0) ||
        (talker_after != talker_before && talker_before >= 0 && talker_after >= 0)) {
        from_active_ = active_before;
        from_talker_ = talker_before;
        seat_move_ = Anim{now, kSeatMoveMs};
    }
    from_lit_ = lit_before;
    if (lit_seat() != lit_before && lit_before >= 0 && lit_seat() >= 0)
        seat_move_ = Anim{now, kSeatMoveMs};
    return true;
}

void TableScene::on_input(const Input& input, SceneHost& host) {
    if (input.origin.device == Origin::Device::Phone) {
        // A phone acts for its own seat, and only with its moves: what the
        // host has open (a form, the end's question, a look) stays as it is.
        const bool ended = session_.table.phase == Phase::Ended;
        if (ended || input.origin.seat < 0)
            return;
        if (input.command == Command::Next)
            act(act::Next{}, host);
        else if (input.command == Command::Pass)
            act(act::Pass{}, host);
        else if (input.command == Command::Keep)
            act(act::Keep{input.origin.seat}, host);
        else if (input.command == Command::Take)
            act(act::Take{input.origin.seat}, host);
        else if (input.command == Command::Choose) // the card's place, from 0
            act(act::Choose{input.seat}, host);
        return;
    }
    finish_animations();
    if (panel_.is_open()) { // the form has the keys; the table under it stays
        panel_result(panel_.on_input(input, host), host);
        return;
    }
    if (confirm_end_) {
        confirm_end_ = false;
        if (input.command == Command::Leave)
            act(act::EndSession{}, host);
        return;
    }
    if (look_input(input, host))
        return;
    if ((choosing_mission(host.deck()) || choosing_card()) && offer_input(input, host))
        return;
    if (choice_input(input, host))
        return;
    if (edit_input(input, host))
        return;
    const bool ended = session_.table.phase == Phase::Ended;
    switch (input.command) {
    case Command::Next:
        if (!ended)
            act(act::Next{}, host);
        else
            choice_ = 0; // the summary's forward key shows its choices (B moves on)
        break;
    case Command::Back:
        act(act::Back{}, host);
        break;
    case Command::Skip:
        if (ended)
            summary_again(host);
        else
            act(act::Skip{}, host);
        break;
    case Command::Save:
        if (ended)
            summary_again(host);
        break;
    case Command::Keep:
        if (!ended)
            act(act::Keep{-1}, host);
        break;
    case Command::Pass:
        if (!ended)
            act(act::Pass{}, host);
        break;
    case Command::Take:
        if (!ended)
            act(act::Take{input.seat}, host);
        break;
    case Command::Leave:
        if (ended)
            host.quit();
        else
            confirm_end_ = true;
        break;
    case Command::Point: {
        if (ended)
            break;
        SDL_Point p{input.x, input.y};
        if (SDL_PointInRect(&p, &last_layout_.card)) {
            act(act::Next{}, host);
            break;
        }
        for (std::size_t i = 0; i < last_layout_.seats.size(); ++i)
            if (SDL_PointInRect(&p, &last_layout_.seats[i])) {
                act(act::Take{int(i)}, host);
                break;
            }
        break;
    }
    default:
        break;
    }
}

void TableScene::advance(std::int64_t ms, SceneHost& host) {
    // Before the first turn the session has not started: its clock (and a
    // format's minutes) waits.
    if (ms <= 0 || session_.paused || session_.table.phase == Phase::Setup ||
        session_.table.phase == Phase::Ended)
        return;
    pending_ms_ += ms;
    // Time reaches the session once a second while a timer shows it, once a
    // minute otherwise (for a format that ends after some minutes), and
    // always before an action: the log stays short and exact. A timer's end
    // reaches it at once, so the chime sounds as the ring shows zero.
    TimerView t = timer_view(session_);
    const bool ends = t.state == TimerState::Running && pending_ms_ >= t.remaining_ms;
    if ((timer_running(session_) && pending_ms_ >= 1000) || ends || pending_ms_ >= 60000)
        flush_clock(host);
}

void TableScene::finish_animations() {
    flip_.length = 0;
    seat_move_.length = 0;
    time_up_.length = 0;
}

bool TableScene::animating(const SceneHost& host) const {
    std::int64_t now = host.now_ms();
    return flip_.active(now) || seat_move_.active(now) || time_up_.active(now);
}

std::int64_t TableScene::wake_in_ms() const {
    if (session_.paused || !timer_running(session_))
        return -1;
    TimerView t = timer_view(session_);
    std::int64_t shown =
        t.state == TimerState::Expired ? t.overtime_ms + pending_ms_ : t.remaining_ms - pending_ms_;
    std::int64_t into = ((shown % 1000) + 1000) % 1000;
    if (t.state == TimerState::Expired)
        return 1000 - into;
    return into == 0 ? 1000 : into;
}

void TableScene::set_paused(bool paused, SceneHost& host) {
    if (paused == session_.paused || session_.table.phase == Phase::Ended)
        return;
    flush_clock(host);
    if (paused)
        act(act::Pause{}, host);
    else
        act(act::Resume{}, host);
}

KeyHelp TableScene::help(const Bindings& keys) const {
    using C = Command;
    return keys.help(
        {
            {{C::Next}, tr_later("next: draw, done, next speaker"), tr_later("click the card")},
            {{C::Back}, tr_later("back: undo the last step")},
            {{C::Skip}, tr_later("skip this card (at the end: where the summary is)")},
            {{C::Skip}, tr_later("on the mission choice: draw a mission at random")},
            {{C::Keep}, tr_later("keep this card: \u201cI\u2019ll do this one\u201d")},
            {{C::Pass}, tr_later("pass the prompt or the talking piece")},
            {{C::Take},
             tr_later("that seat takes the talking piece (popcorn); Shift adds ten"),
             tr_later("click a seat")},
            {{C::Choose},
             fill(tr("the next choice (pass, keep, skip, a seat, the end): {key} takes it"),
                  {{"key", keys.key(C::Next, Layer::Commands)}})},
            {{C::Pause}, tr_later("pause: a blank screen; again to come back")},
            {{C::Bigger, C::Smaller}, tr_later("bigger or smaller text")},
            {{C::FullScreen}, tr_later("full screen")},
            {{C::Mute}, tr_later("sound off and on (the chime at a timer's end)")},
            {{C::ReadAloud}, say(Message{MessageId::ReadHelpToggle, {}})},
            {{C::ReadAgain}, say(Message{MessageId::ReadHelpAgain, {}})},
            {{C::Help}, tr_later("this help")},
            {{C::Redo}, tr_later("redo what back undid")},
            {{C::Extend}, tr_later("one more minute on the timer")},
            {{C::Write}, tr_later("write a blank card (kept as your own)")},
            {{C::Mission},
             tr_later("the group\u2019s mission, its whole text"),
             tr_later("click the mission")},
            {{C::FollowSee},
             tr_later("follow the card\u2019s \u201csee\u201d line; again: the next")},
            {{C::TurnOver},
             tr_later("a long card\u2019s next page; a two-sided card\u2019s other side")},
            {{C::AddPlayer}, tr_later("someone sits down")},
            {{C::Rename},
             fill(
                 tr("rename the active seat ({up} {down} another)"),
                 {{"up", keys.key(C::Up, Layer::Form)}, {"down", keys.key(C::Down, Layer::Form)}})},
            {{C::Remove},
             fill(tr("someone leaves (twice; {key} or a click picks the seat)"),
                  {{"key", keys.key(C::Take, Layer::Commands)}})},
            {{C::Leave}, tr_later("end the session (press twice)")},
        },
        Layer::Commands);
}

SDL_Rect TableScene::toast_band(int w, int h) const {
    if (session_.table.phase == Phase::Ended) // between the rows and the saved line
        return summary_layout(w, h).toast;
    TableLayout L = table_layout(w, h, int(session_.table.seating.size()), kPrintCardAspect);
    // With the clicker's choices lit their band holds the status line: what
    // PageDown will do must stay readable, so the message goes to the header.
    // So it does while the band asks to press Escape (or Delete) again.
    if (choice_ >= 0 || confirm_end_ || confirm_remove_ >= 0)
        return SDL_Rect{L.header.x, L.header.y, L.header.w, L.header.h};
    // Over the status line, clear of the card (its text and its "see" line).
    // The status line under the card is covered whole while the toast shows.
    if (L.status.h >= 20)
        return SDL_Rect{L.card.x, L.status.y, L.card.w, L.status.h};
    return SDL_Rect{L.header.x, L.header.y, L.header.w, L.header.h};
}

void TableScene::save_summary(SceneHost& host) {
    std::filesystem::path file = host.summary_file();
    std::string md = summary_markdown(host.deck(), session_);
    save_failed_.clear();
    if (host.summary_may_replace()) { // a script's run: one name, as before
        if (auto err = write_file_atomically(file, md)) {
            save_failed_ = words::summary_not_saved(file.string(), *err);
            host.toast(save_failed_);
            host.file_not_written(save_failed_);
            return;
        }
        saved_to_ = file.string();
        return;
    }
    auto written = write_new_file(file, md); // never over another evening's
    if (auto* err = std::get_if<std::string>(&written)) {
        save_failed_ = words::summary_not_saved(file.string(), *err);
        host.toast(save_failed_);
        host.file_not_written(save_failed_);
        return;
    }
    saved_to_ = std::get<std::filesystem::path>(written).string();
}

void TableScene::summary_again(SceneHost& host) {
    if (saved_to_.empty())
        save_summary(host); // the first try failed: try again
    if (!saved_to_.empty())
        host.toast(words::summary_is_in(saved_to_));
}

} // namespace hearth
