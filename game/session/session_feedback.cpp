// What the screen shows about what happened: each seat's state (kept cards,
// spoke, passed), the session's progress against the format's end, and
// what the last action did, in message ids (the words are the engine's).
//
//   seats      seat_states
//   progress   progress
//   moves      the move an undo or a redo acts on, read from the log
#include "game/session/session.hpp"

#include <algorithm>
#include <deque>

namespace hearth {

// ---------------------------------------------------------------- seats

namespace {
// Player names who passed in the step the table is at (from the log).
std::vector<std::string> passed_in_step(const Session& s);
} // namespace

std::vector<SeatState> seat_states(const Session& s) {
    const Table& t = s.table;
    std::vector<SeatState> out(t.seating.size());
    const std::vector<std::string> passed = passed_in_step(s);
    auto has = [](const std::vector<int>& v, int id) {
        return std::find(v.begin(), v.end(), id) != v.end();
    };
    for (std::size_t i = 0; i < t.seating.size(); ++i) {
        const int id = t.seating[i];
        SeatState& st = out[i];
        for (const KeptCard& k : t.kept)
            if (k.player == id)
                st.kept.push_back(k.card);
        const std::string& name = t.players[static_cast<std::size_t>(id)].name;
        st.passed = std::find(passed.begin(), passed.end(), name) != passed.end();
        st.spoke = has(t.had_piece, id) && !st.passed;
        st.holds_piece = t.talker == id;
        st.active = t.phase == Phase::Playing && t.active == id;
    }
    return out;
}

// ---------------------------------------------------------------- progress

ProgressView progress(const Deck& deck, const Session& s) {
    ProgressView p;
    p.round = s.table.round;
    p.elapsed_ms = s.elapsed_ms;
    const Format* f = format_of(deck, s);
    if (!f)
        return p;
    const EndRule& end = f->end;
    switch (end.kind) {
    case EndKind::Rounds:
        p.rounds = end.value;
        p.last_round = s.table.phase == Phase::Playing && s.table.round >= end.value;
        break;
    case EndKind::Cards:
        p.cards_left = std::max(0, end.value - s.table.cards_played);
        break;
    case EndKind::Minutes:
        p.left_ms = std::max<std::int64_t>(0, std::int64_t{end.value} * 60000 - s.elapsed_ms);
        p.last_round = s.time_up;
        p.long_format = end.value >= 30;
        break;
    case EndKind::Host:
        p.long_format = true;
        break;
    }
    return p;
}

// ---------------------------------------------------------------- moves

namespace {

bool undoable(const Action& a) {
    return !std::holds_alternative<act::Back>(a) && !std::holds_alternative<act::Redo>(a) &&
           !std::holds_alternative<act::Tick>(a) && !std::holds_alternative<act::Extend>(a) &&
           !std::holds_alternative<act::Pause>(a) && !std::holds_alternative<act::Resume>(a);
}

// The log entries on the undo and the redo stacks after the first `n`
// entries, replaying what apply does to the stacks.
struct Stacks {
    std::deque<std::size_t> undo;
    std::vector<std::size_t> redo;
};
Stacks stacks(const std::vector<LogEntry>& log, std::size_t n) {
    Stacks st;
    for (std::size_t i = 0; i < n && i < log.size(); ++i) {
        const Action& a = log[i].action;
        if (std::holds_alternative<act::Back>(a)) {
            if (!st.undo.empty()) {
                st.redo.push_back(st.undo.back());
                st.undo.pop_back();
            }
        } else if (std::holds_alternative<act::Redo>(a)) {
            if (!st.redo.empty()) {
                st.undo.push_back(st.redo.back());
                st.redo.pop_back();
            }
        } else if (undoable(a)) {
            st.undo.push_back(i);
            while (st.undo.size() > kUndoLimit)
                st.undo.pop_front();
            st.redo.clear();
        }
    }
    return st;
}

const Event* first_of(const LogEntry& e, EventKind k) {
    for (const Event& ev : e.caused)
        if (ev.kind == k)
            return &ev;
    return nullptr;
}

std::string title_of(const Deck& deck, const Session& s, const std::string& card) {
    const Card* c = find_session_card(deck, s, card);
    return c && !c->title.empty() ? c->title : card;
}

Message with(MessageId id, const Event* e, const Deck& deck, const Session& s, bool card) {
    Message m{id, {}};
    m.args.push_back({"player", e ? e->player : std::string()});
    if (card)
        m.args.push_back({"card", e ? title_of(deck, s, e->card) : std::string()});
    return m;
}

// A move as a noun: "Caro's pass".
Message move_of(const Deck& deck, const Session& s, const LogEntry& e) {
    using K = EventKind;
    const Action& a = e.action;
    if (std::holds_alternative<act::Keep>(a))
        return with(MessageId::MoveKeep, first_of(e, K::Kept), deck, s, true);
    if (std::holds_alternative<act::Pass>(a))
        return with(MessageId::MovePass, first_of(e, K::Passed), deck, s, false);
    if (std::holds_alternative<act::Skip>(a))
        return with(MessageId::MoveSkip, first_of(e, K::Skipped), deck, s, true);
    if (std::holds_alternative<act::Take>(a))
        return with(MessageId::MoveTake, first_of(e, K::Speaker), deck, s, false);
    if (std::holds_alternative<act::ChooseMission>(a) || first_of(e, K::Mission)) {
        const Event* m = first_of(e, K::Mission); // also set-up's choose (rules 3)
        return {MessageId::MoveMission, {{"card", m ? title_of(deck, s, m->card) : ""}}};
    }
    if (std::holds_alternative<act::EndSession>(a))
        return {MessageId::MoveEnd, {}};
    if (std::holds_alternative<act::Choose>(a)) {
        const Event* c = first_of(e, K::Chosen);
        return {MessageId::MoveChoose, {{"card", c ? title_of(deck, s, c->card) : ""}}};
    }
    if (std::holds_alternative<act::WriteCard>(a)) {
        const Event* w = first_of(e, K::Written);
        return {MessageId::MoveWrite,
                {{"player", w ? w->player : ""}, {"card", w ? w->text : std::string()}}};
    }
    if (std::holds_alternative<act::AddPlayer>(a) || std::holds_alternative<act::RenamePlayer>(a) ||
        std::holds_alternative<act::RemovePlayer>(a)) {
        const Event* p = first_of(e, K::PlayerAdded);
        if (!p)
            p = first_of(e, K::PlayerRenamed);
        if (!p)
            p = first_of(e, K::PlayerLeft);
        return with(MessageId::MoveSeat, p, deck, s, false);
    }
    // Next: what it did first that people saw.
    if (first_of(e, K::Started))
        return {MessageId::MoveStart, {}};
    if (const Event* d = first_of(e, K::Draw))
        return with(MessageId::MoveDraw, d, deck, s, true);
    if (const Event* sp = first_of(e, K::Spoke))
        return with(MessageId::MoveSpoke, sp, deck, s, false);
    return {MessageId::MoveStep, {}};
}

// The moves that made the table as it is are the undo stack's; read back
// from the newest, the passes since the step began.
std::vector<std::string> passed_in_step(const Session& s) {
    std::vector<std::string> out;
    if (s.table.phase != Phase::Playing)
        return out;
    Stacks st = stacks(s.log, s.log.size());
    for (auto it = st.undo.rbegin(); it != st.undo.rend(); ++it) {
        const std::vector<Event>& caused = s.log[*it].caused;
        for (auto e = caused.rbegin(); e != caused.rend(); ++e) {
            if (e->kind == EventKind::Step || e->kind == EventKind::Turn ||
                e->kind == EventKind::Ended)
                return out;
            if (e->kind == EventKind::Passed)
                out.push_back(e->player);
        }
    }
    return out;
}

std::optional<Message> stacked(const Deck& deck, const Session& s, std::size_t n, bool redo) {
    Stacks st = stacks(s.log, n);
    if (redo ? st.redo.empty() : st.undo.empty())
        return std::nullopt;
    return move_of(deck, s, s.log[redo ? st.redo.back() : st.undo.back()]);
}

Message said(MessageId id, Message move) {
    Message m{id, {{"move", move.id}}};
    for (MessageArg& a : move.args)
        m.args.push_back(std::move(a));
    if (!m.arg("player"))
        m.args.push_back({"player", std::string()});
    if (!m.arg("card"))
        m.args.push_back({"card", std::string()});
    return m;
}

} // namespace

std::optional<Message> move_on_stack(const Deck& deck, const Session& s, bool redo) {
    return stacked(deck, s, s.log.size(), redo);
}

std::optional<Message> feedback(const Deck& deck, const Session& s) {
    if (s.log.empty())
        return std::nullopt;
    const LogEntry& e = s.log.back();
    const Action& a = e.action;
    using K = EventKind;
    if (std::holds_alternative<act::Keep>(a))
        return with(MessageId::DidKeep, first_of(e, K::Kept), deck, s, true);
    if (std::holds_alternative<act::Pass>(a))
        return with(MessageId::DidPass, first_of(e, K::Passed), deck, s, false);
    if (std::holds_alternative<act::Skip>(a))
        return with(MessageId::DidSkip, first_of(e, K::Skipped), deck, s, true);
    const bool back = std::holds_alternative<act::Back>(a);
    if (back || std::holds_alternative<act::Redo>(a)) {
        // The stacks before this entry: what it undid or redid is on top.
        std::optional<Message> move = stacked(deck, s, s.log.size() - 1, !back);
        return said(back ? MessageId::DidUndo : MessageId::DidRedo,
                    move ? *move : Message{MessageId::MoveStep, {}});
    }
    return std::nullopt;
}

} // namespace hearth
