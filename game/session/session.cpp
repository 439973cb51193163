// Starting a session: the seats, the draw pile and the mission from a deck,
// a format, names and a seed. The rules are session_rules.cpp; the names
// session_names.cpp; the views session_view.cpp.
#include "game/session/session.hpp"
#include "game/base/utf8.hpp"
#include "game/session/detail/session_detail.hpp"

#include <algorithm>
#include <set>

namespace hearth {

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

bool opens_with(const Format& f, const Card& c) {
    return c.id == f.opening.card || (!f.opening.type.empty() && c.type == f.opening.type);
}

std::vector<std::string> session_card_ids(const Deck& deck, const Format& f) {
    std::vector<std::string> ids;
    for (const Card& c : deck.cards)
        if (draws(deck, f, c) || (f.mission != MissionRule::None && c.type == f.mission_type) ||
            opens_with(f, c))
            ids.push_back(c.id);
    return ids;
}

// ---------------------------------------------------------------- starting

namespace {

// Whether every card `c` stands for goes into the pile: its type is drawn,
// or a filter without a count matches it.
bool in_full_draw(const Deck& deck, const Format& f, const Card& c) {
    if (std::find(f.draw.begin(), f.draw.end(), c.type) != f.draw.end())
        return true;
    return std::any_of(f.filters.begin(), f.filters.end(),
                       [&](const DrawFilter& d) { return d.count == 0 && matches(deck, d, c); });
}

// The fixed mix: each filter with a count adds that many of the cards only
// such filters match, chosen at random; the rest stay out of play. Formats
// without counts draw nothing from the random state here, so the piles of
// sessions started before filters are as they were.
void add_fixed_mix(const Deck& deck, const Format& f, std::vector<const Card*> mixed, Table& t) {
    for (const DrawFilter& d : f.filters) {
        if (d.count == 0)
            continue;
        std::vector<const Card*> pool;
        for (const Card* c : mixed)
            if (matches(deck, d, *c))
                pool.push_back(c);
        for (int k = 0; k < d.count && !pool.empty(); ++k) {
            const auto i = static_cast<std::size_t>(t.rng.below(pool.size()));
            t.draw_pile.push_back(pool[i]->id);
            std::erase(mixed, pool[i]);
            pool.erase(pool.begin() + static_cast<std::ptrdiff_t>(i));
        }
    }
    for (const Card* c : mixed)
        t.out_of_play.push_back(c->id);
}

} // namespace

int min_seats(const Format& f) {
    return std::max(1, f.min_players);
}
int max_seats(const Format& f) {
    return std::min(12, f.max_players);
}
bool seats(const Format& f, int n) {
    return n >= min_seats(f) && n <= max_seats(f);
}

const Format* first_format_seating(const Deck& deck, int n, bool one_seat) {
    for (const Format& f : deck.formats)
        if (seats(f, n) && (!one_seat || f.max_players == 1))
            return &f;
    return nullptr;
}

SessionStart new_session_start(const Deck& deck, std::string_view format,
                               std::vector<std::string> players, int count, std::uint64_t seed,
                               std::vector<Card> own) {
    SessionStart start;
    start.seed = seed;
    start.deck = deck.info.id;
    start.format = std::string(format);
    start.players = std::move(players);
    if (start.players.empty())
        start.players.assign(static_cast<std::size_t>(std::max(count, 0)), "");
    start.own = std::move(own);
    return start;
}

std::variant<Session, StartError> start_session(const Deck& deck, const SessionStart& start) {
    const Format* f = deck.find_format(start.format);
    if (!f)
        return StartError{
            {MessageId::StartNoFormat, {{"deck", deck.info.id}, {"format", start.format}}}};
    if (!start.deck.empty() && start.deck != deck.info.id)
        return StartError{
            {MessageId::StartOtherDeck, {{"wanted", start.deck}, {"deck", deck.info.id}}}};
    const int n = static_cast<int>(start.players.size());
    const int lo = min_seats(*f), hi = max_seats(*f);
    if (!seats(*f, n))
        return StartError{
            {lo == hi ? MessageId::StartPlayerCountExact : MessageId::StartPlayerCount,
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

    std::vector<std::string> missions;
    std::vector<const Card*> mixed; // matched only by filters with a count
    for (const Card& c : deck.cards) {
        if (in_full_draw(deck, *f, c))
            t.draw_pile.push_back(c.id);
        else if (draws(deck, *f, c))
            mixed.push_back(&c);
        else if ((f->mission != MissionRule::None && c.type == f->mission_type) ||
                 opens_with(*f, c))
            t.out_of_play.push_back(c.id);
        if (f->mission != MissionRule::None && c.type == f->mission_type)
            missions.push_back(c.id);
    }
    add_fixed_mix(deck, *f, mixed, t);
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
    // The card asked for first goes on top; the others keep their order.
    if (auto top = std::find(t.draw_pile.begin(), t.draw_pile.end(), start.first);
        !start.first.empty() && top != t.draw_pile.end())
        std::rotate(top, top + 1, t.draw_pile.end());
    // The opening card: the one named, or one of its type drawn (last, so
    // the piles of formats without an opening are as they were).
    std::vector<std::string> openings;
    for (const Card& c : deck.cards)
        if (opens_with(*f, c))
            openings.push_back(c.id);
    if (!openings.empty()) {
        if (!f->opening.card.empty())
            t.opening = f->opening.card;
        else
            t.opening = openings[static_cast<std::size_t>(t.rng.below(openings.size()))];
        for (auto* pile : {&t.draw_pile, &t.out_of_play})
            std::erase(*pile, t.opening);
    }
    // Rules 3: the missions to choose from lie face up at set-up, a choose
    // step (deck order, no random draw: the piles are as under rules 2).
    if (f->mission == MissionRule::Choose && start.rules >= 3)
        for (const std::string& id : missions)
            if (t.offered.size() < kMaxMissionsOffered &&
                std::find(t.out_of_play.begin(), t.out_of_play.end(), id) != t.out_of_play.end()) {
                std::erase(t.out_of_play, id);
                t.offered.push_back(id);
            }
    return s;
}

std::variant<Session, StartError> start_session(const Deck& deck, std::string_view format,
                                                int count, std::uint64_t seed) {
    return start_session(deck, new_session_start(deck, format, {}, std::clamp(count, 0, 64), seed));
}

} // namespace hearth
