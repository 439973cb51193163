// Sessions: names of actions, refusals and events; starting a session; the
// read-only views the screen uses; the invariants. The rules are in
// session_rules.cpp.
#include "game/session/session.hpp"
#include "game/base/utf8.hpp"
#include "game/session/detail/session_detail.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace hearth {

bool operator==(const Card& a, const Card& b) {
    return a.id == b.id && a.type == b.type && a.title == b.title && a.subtitle == b.subtitle &&
           a.text == b.text && a.art == b.art && a.see == b.see && a.tags == b.tags &&
           a.number == b.number && a.number_given == b.number_given;
}

// ---------------------------------------------------------------- names

std::string_view action_name(const Action& a) {
    static constexpr std::string_view names[] = {
        "next",          "back",           "redo",       "skip",   "keep",       "pass",
        "take",          "pause",          "resume",     "extend", "add-player", "rename-player",
        "remove-player", "choose-mission", "write-card", "end",    "tick"};
    static_assert(std::size(names) == std::variant_size_v<Action>);
    return names[a.index()];
}

namespace {
constexpr std::string_view kRefusals[] = {
    "unknown-format",  "session-ended",
    "paused",          "not-paused",
    "already-paused",  "nothing-to-undo",
    "nothing-to-redo", "choose-mission-first",
    "not-playing",     "no-card",
    "no-other-card",   "nothing-to-pass",
    "not-popcorn",     "already-held",
    "no-such-seat",    "table-full",
    "last-player",     "empty-name",
    "name-too-long",   "duplicate-name",
    "no-mission-rule", "mission-already-set",
    "not-in-setup",    "not-a-mission",
    "no-blank-type",   "not-a-blank-type",
    "empty-title",     "card-too-long",
    "no-timer",        "bad-duration",
};
static_assert(std::size(kRefusals) == static_cast<std::size_t>(Refusal::BadDuration) + 1);
static_assert(static_cast<int>(MessageId::RefusalBadDuration) -
                  static_cast<int>(MessageId::RefusalUnknownFormat) ==
              static_cast<int>(Refusal::BadDuration));

constexpr std::string_view kEvents[] = {
    "started",      "draw",           "reshuffle",     "skipped",        "kept",    "discarded",
    "mission",      "step",           "turn",          "round",          "speaker", "spoke",
    "passed",       "timer-started",  "timer-expired", "timer-extended", "time-up", "ended",
    "player-added", "player-renamed", "player-left",   "written",        "undone",  "redone",
    "paused",       "resumed"};
static_assert(std::size(kEvents) == static_cast<std::size_t>(EventKind::Resumed) + 1);
} // namespace

std::string_view to_string(Refusal r) {
    return kRefusals[static_cast<int>(r)];
}
Message message_of(Refusal r) {
    return {static_cast<MessageId>(static_cast<int>(MessageId::RefusalUnknownFormat) +
                                   static_cast<int>(r)),
            {}};
}
std::string_view to_string(EventKind k) {
    return kEvents[static_cast<int>(k)];
}

std::optional<EventKind> event_kind_from(std::string_view name) {
    for (std::size_t i = 0; i < std::size(kEvents); ++i)
        if (kEvents[i] == name)
            return static_cast<EventKind>(i);
    return std::nullopt;
}

std::string_view to_string(EndReason r) {
    static constexpr std::string_view names[] = {"none",  "host",    "rounds",
                                                 "cards", "minutes", "empty"};
    return names[static_cast<int>(r)];
}

std::string_view to_string(TimerKind k) {
    static constexpr std::string_view names[] = {"none", "prompt", "speaker", "discussion"};
    return names[static_cast<int>(k)];
}

std::string_view to_string(Phase p) {
    static constexpr std::string_view names[] = {"setup", "playing", "ended"};
    return names[static_cast<int>(p)];
}

std::string valid_utf8(std::string_view raw) {
    std::string out;
    for (std::size_t i = 0; i < raw.size();)
        append_utf8(out, utf8_next(raw, i));
    return out;
}

std::string clean_name(std::string_view raw) {
    std::string s;
    for (char c : valid_utf8(raw))
        s += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? ' ' : c;
    auto first = s.find_first_not_of(' ');
    if (first == std::string::npos)
        return {};
    return s.substr(first, s.find_last_not_of(' ') - first + 1);
}

std::vector<std::string> session_card_ids(const Deck& deck, const Format& f) {
    std::vector<std::string> ids;
    auto drawn = [&](const std::string& type) {
        return std::find(f.draw.begin(), f.draw.end(), type) != f.draw.end();
    };
    for (const Card& c : deck.cards)
        if (drawn(c.type) || (f.mission != MissionRule::None && c.type == f.mission_type))
            ids.push_back(c.id);
    return ids;
}

// ---------------------------------------------------------------- starting

std::variant<Session, StartError> start_session(const Deck& deck, const SessionStart& start) {
    const Format* f = deck.find_format(start.format);
    if (!f)
        return StartError{
            {MessageId::StartNoFormat, {{"deck", deck.info.id}, {"format", start.format}}}};
    if (!start.deck.empty() && start.deck != deck.info.id)
        return StartError{
            {MessageId::StartOtherDeck, {{"wanted", start.deck}, {"deck", deck.info.id}}}};
    const int n = static_cast<int>(start.players.size());
    const int lo = std::max(1, f->min_players), hi = std::min(12, f->max_players);
    if (n < lo || n > hi)
        return StartError{{MessageId::StartPlayerCount,
                           {{"format", f->id}, {"min", lo}, {"max", hi}, {"count", n}}}};

    Session s;
    s.start = start;
    s.start.deck = deck.info.id;
    Table& t = s.table;
    std::set<std::string> names;
    for (int i = 0; i < n; ++i) {
        std::string name = clean_name(start.players[i]);
        if (name.empty())
            name = "Player " + std::to_string(i + 1);
        if (name.size() > kMaxNameBytes)
            return StartError{
                {MessageId::StartNameTooLong,
                 {{"name", name}, {"limit", static_cast<std::int64_t>(kMaxNameBytes)}}}};
        if (!names.insert(name).second)
            return StartError{{MessageId::StartDuplicateName, {{"name", name}}}};
        s.start.players[i] = name;
        t.players.push_back({name, true});
        t.seating.push_back(i);
    }
    t.rng.state = start.seed;
    std::set<std::string> own_ids;
    for (const Card& c : start.own) {
        if (c.id.empty() || deck.find_card(c.id) || !own_ids.insert(c.id).second)
            return StartError{{MessageId::StartOwnCardId, {{"card", c.id}}}};
        if (!deck.find_type(c.type))
            return StartError{{MessageId::StartOwnCardType,
                               {{"card", c.id}, {"deck", deck.info.id}, {"type", c.type}}}};
    }

    auto in_draw = [&](const std::string& type) {
        return std::find(f->draw.begin(), f->draw.end(), type) != f->draw.end();
    };
    std::vector<std::string> missions;
    for (const Card& c : deck.cards) {
        if (in_draw(c.type))
            t.draw_pile.push_back(c.id);
        else if (f->mission != MissionRule::None && c.type == f->mission_type)
            t.out_of_play.push_back(c.id);
        if (f->mission != MissionRule::None && c.type == f->mission_type)
            missions.push_back(c.id);
    }
    for (const Card& c : start.own)
        t.draw_pile.push_back(c.id);
    if (f->mission == MissionRule::Draw && !missions.empty()) {
        t.mission = missions[static_cast<std::size_t>(t.rng.below(missions.size()))];
        for (auto* pile : {&t.draw_pile, &t.out_of_play})
            std::erase(*pile, t.mission);
    }
    shuffle(t.draw_pile, t.rng);
    // Cards seen in earlier sessions go to the bottom, keeping their shuffled order.
    std::set<std::string> seen(start.seen.begin(), start.seen.end());
    std::stable_partition(t.draw_pile.begin(), t.draw_pile.end(),
                          [&](const std::string& id) { return seen.count(id) > 0; });
    return s;
}

std::variant<Session, StartError> start_session(const Deck& deck, std::string_view format,
                                                int count, std::uint64_t seed) {
    SessionStart start;
    start.seed = seed;
    start.deck = deck.info.id;
    start.format = std::string(format);
    start.players.assign(static_cast<std::size_t>(std::clamp(count, 0, 64)), "");
    return start_session(deck, start);
}

// ---------------------------------------------------------------- views

const Format* format_of(const Deck& deck, const Session& s) {
    return deck.find_format(s.start.format);
}

StepView current_step(const Deck& deck, const Session& s) {
    StepView v;
    v.phase = s.table.phase;
    v.index = s.table.step;
    const Format* f = format_of(deck, s);
    if (!f)
        return v;
    v.count = static_cast<int>(f->turn.size());
    if (s.table.phase == Phase::Playing && s.table.step >= 0 && s.table.step < v.count)
        v.kind = f->turn[static_cast<std::size_t>(s.table.step)];
    return v;
}

const Card* find_session_card(const Deck& deck, const Session& s, std::string_view id) {
    for (const Card& c : s.table.written)
        if (c.id == id)
            return &c;
    for (const Card& c : s.start.own)
        if (c.id == id)
            return &c;
    return deck.find_card(id);
}

const Card* current_card(const Deck& deck, const Session& s) {
    return s.table.turn_card.empty() ? nullptr : find_session_card(deck, s, s.table.turn_card);
}

const Card* mission_card(const Deck& deck, const Session& s) {
    return s.table.mission.empty() ? nullptr : find_session_card(deck, s, s.table.mission);
}

std::vector<std::string> seat_names(const Session& s) {
    std::vector<std::string> names;
    for (int id : s.table.seating)
        names.push_back(s.table.players[static_cast<std::size_t>(id)].name);
    return names;
}

int seat_of(const Session& s, int player) {
    auto it = std::find(s.table.seating.begin(), s.table.seating.end(), player);
    return it == s.table.seating.end() ? -1 : static_cast<int>(it - s.table.seating.begin());
}

int active_seat(const Session& s) {
    return seat_of(s, s.table.active);
}
int talking_seat(const Session& s) {
    return s.table.talker < 0 ? -1 : seat_of(s, s.table.talker);
}

TimerView timer_view(const Session& s) {
    const Timer& t = s.table.timer;
    TimerView v{t.kind, TimerState::None, t.remaining_ms, t.total_ms, t.overtime_ms};
    if (t.kind != TimerKind::None)
        v.state =
            t.expired ? TimerState::Expired : (s.paused ? TimerState::Paused : TimerState::Running);
    return v;
}

PileCounts pile_counts(const Session& s) {
    const Table& t = s.table;
    return {static_cast<int>(t.draw_pile.size()), static_cast<int>(t.discard.size()),
            static_cast<int>(t.kept.size()), static_cast<int>(t.out_of_play.size()),
            static_cast<int>(t.written.size())};
}

int round_number(const Session& s) {
    return s.table.round;
}
bool can_undo(const Session& s) {
    return !s.undo.empty() && !s.paused;
}
bool can_redo(const Session& s) {
    return !s.redo.empty() && !s.paused;
}
const std::vector<Card>& written_cards(const Session& s) {
    return s.table.written;
}

// ---------------------------------------------------------------- invariants

std::optional<std::string> check_invariants(const Deck& deck, const Session& s) {
    const Format* f = format_of(deck, s);
    if (!f)
        return "the deck has no format '" + s.start.format + "'";
    const Table& t = s.table;
    std::map<std::string, int> places;
    for (const auto& id : session_card_ids(deck, *f))
        places[id] = 0;
    for (const Card& c : s.start.own)
        if (!places.emplace(c.id, 0).second)
            return "own card '" + c.id + "' has the id of another card";
    for (const Card& c : t.written)
        if (!places.emplace(c.id, 0).second)
            return "written card '" + c.id + "' has the id of another card";
    auto place = [&](const std::string& id) -> std::optional<std::string> {
        auto it = places.find(id);
        if (it == places.end())
            return "card '" + id + "' is not a card of this session";
        if (++it->second > 1)
            return "card '" + id + "' is in two places";
        return std::nullopt;
    };
    for (const auto* pile : {&t.draw_pile, &t.discard, &t.out_of_play})
        for (const auto& id : *pile)
            if (auto e = place(id))
                return e;
    for (const auto& k : t.kept) {
        if (auto e = place(k.card))
            return e;
        if (k.player < 0 || k.player >= static_cast<int>(t.players.size()))
            return "card '" + k.card + "' is kept by an unknown player";
    }
    for (const auto* one : {&t.in_play, &t.mission})
        if (!one->empty())
            if (auto e = place(*one))
                return e;
    for (const auto& [id, n] : places)
        if (n != 1)
            return "card '" + id + "' is nowhere";
    if (t.written.size() != t.written_by.size())
        return "written cards and their authors differ in number";

    if (t.seating.empty() || t.seating.size() > 12)
        return "the table has " + std::to_string(t.seating.size()) + " seats";
    std::set<int> seated;
    for (int id : t.seating) {
        if (id < 0 || id >= static_cast<int>(t.players.size()) ||
            !t.players[static_cast<std::size_t>(id)].present || !seated.insert(id).second)
            return "the seating is not a list of distinct present players";
    }
    for (std::size_t i = 0; i < t.players.size(); ++i)
        if (t.players[i].present != (seated.count(static_cast<int>(i)) > 0))
            return "player " + std::to_string(i) + " is present but not seated, or the reverse";
    if (!seated.count(t.active))
        return "the active player is not at the table";
    if (t.talker != -1 && !seated.count(t.talker))
        return "the talking piece is held by someone not at the table";
    if (t.phase == Phase::Playing && (t.step < 0 || t.step >= static_cast<int>(f->turn.size())))
        return "the step is outside the turn";
    if (!t.turn_card.empty() && t.turn_card != t.in_play &&
        std::none_of(t.kept.begin(), t.kept.end(),
                     [&](const KeptCard& k) { return k.card == t.turn_card; }))
        return "the turn's card is neither in play nor kept";
    if (t.timer.remaining_ms < 0 || t.timer.overtime_ms < 0 || t.timer.total_ms < 0)
        return "the timer is negative";
    if (s.undo.size() > kUndoLimit)
        return "the undo stack is over its bound";
    return std::nullopt;
}

// ---------------------------------------------------------------- card of the day

namespace {
// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}
} // namespace

std::string card_of_the_day(const Deck& deck, int year, int month, int day) {
    std::vector<const Card*> pool;
    for (const Card& c : deck.cards)
        if (const CardType* t = deck.find_type(c.type); t && t->reflective)
            pool.push_back(&c);
    if (pool.empty() || month < 1 || month > 12 || day < 1 || day > 31)
        return {};
    Rng rng{static_cast<std::uint64_t>(
        days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)))};
    return pool[static_cast<std::size_t>(rng.below(pool.size()))]->id;
}

} // namespace hearth
