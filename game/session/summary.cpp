// The end-of-session summary's structure.
#include "game/session/summary.hpp"

#include <algorithm>
#include <map>

namespace hearth {
namespace {

std::string title_of(const Deck& deck, const Session& s, const std::string& id) {
    const Card* c = find_session_card(deck, s, id);
    return c ? c->title : id;
}

std::string player(const Table& t, int id) {
    if (id < 0 || id >= static_cast<int>(t.players.size()))
        return "?";
    return t.players[static_cast<std::size_t>(id)].name;
}

SummaryEntry line(MessageId id, std::vector<MessageArg> args = {}) {
    return {{id, std::move(args)}, {}, std::nullopt};
}

} // namespace

bool opened(const Session& s) {
    if (s.table.opening.empty())
        return false;
    if (s.table.turn > 0)
        return true;
    return std::any_of(s.log.begin(), s.log.end(), [](const LogEntry& e) {
        return std::any_of(e.caused.begin(), e.caused.end(),
                           [](const Event& ev) { return ev.kind == EventKind::Opening; });
    });
}

Summary summarize(const Deck& deck, const Session& s) {
    const Table& t = s.table;
    const Format* f = format_of(deck, s);
    Summary out;
    out.title = {MessageId::SummaryTitle,
                 {{"format", f ? f->name : s.start.format}, {"deck", deck.info.name}}};

    SummarySection players{{MessageId::SummaryPlayers, {}}, {}};
    for (const Player& p : t.players)
        players.entries.push_back(
            line(p.present ? MessageId::SummaryPlayer : MessageId::SummaryPlayerLeft,
                 {{"name", p.name}}));
    out.sections.push_back(std::move(players));
    out.sections.push_back(
        {{MessageId::SummaryCounts,
          {{"rounds", t.round}, {"cards", t.cards_played}, {"minutes", s.elapsed_ms / 60000}}},
         {}});

    // The opening card, read aloud before the first turn: named, not retold.
    if (opened(s))
        out.sections.push_back(
            {{MessageId::SummaryOpening, {}},
             {line(MessageId::SummaryOpeningCard, {{"card", title_of(deck, s, t.opening)}})}});

    if (!t.mission.empty()) {
        SummaryEntry card =
            line(MessageId::SummaryMissionCard, {{"card", title_of(deck, s, t.mission)}});
        if (const Card* c = find_session_card(deck, s, t.mission))
            card.text = c->text;
        out.sections.push_back({{MessageId::SummaryMission, {}}, {std::move(card)}});
    }

    std::map<std::string, int> kept_by;
    for (const KeptCard& k : t.kept)
        kept_by[k.card] = k.player;
    SummarySection played{{MessageId::SummaryPlayedHeading, {}}, {}};
    if (t.played.empty())
        played.entries.push_back(line(MessageId::SummaryNonePlayed));
    for (std::size_t i = 0; i < t.played.size(); ++i) {
        const PlayedCard& p = t.played[i];
        std::vector<MessageArg> args = {{"number", static_cast<std::int64_t>(i + 1)},
                                        {"card", title_of(deck, s, p.card)},
                                        {"player", player(t, p.player)},
                                        {"round", p.round}};
        auto k = kept_by.find(p.card);
        if (k != kept_by.end())
            args.push_back({"keeper", player(t, k->second)});
        played.entries.push_back(
            line(k != kept_by.end() ? MessageId::SummaryPlayedKept : MessageId::SummaryPlayed,
                 std::move(args)));
    }
    out.sections.push_back(std::move(played));

    if (!t.kept.empty()) {
        SummarySection kept{{MessageId::SummaryKeptHeading, {}}, {}};
        std::map<int, std::vector<std::string>> by_player;
        for (const KeptCard& k : t.kept)
            by_player[k.player].push_back(title_of(deck, s, k.card));
        for (const auto& [id, titles] : by_player)
            kept.entries.push_back(
                line(MessageId::SummaryKept, {{"player", player(t, id)}, {"cards", titles}}));
        out.sections.push_back(std::move(kept));
    }

    if (!t.written.empty()) {
        SummarySection written{{MessageId::SummaryWrittenHeading, {}}, {}};
        for (std::size_t i = 0; i < t.written.size(); ++i) {
            const Card& c = t.written[i];
            const int by = i < t.written_by.size() ? t.written_by[i] : -1;
            written.entries.push_back(
                {{MessageId::SummaryWrittenCard, {{"card", c.title}}},
                 c.text,
                 Message{MessageId::SummaryWrittenBy, {{"player", player(t, by)}}}});
        }
        out.sections.push_back(std::move(written));
    }
    return out;
}

} // namespace hearth
