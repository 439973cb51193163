#include "engine/speech/narrator.hpp"

#include "engine/words/words.hpp"
#include "game/deck/card_text.hpp"

namespace hearth {
namespace {

constexpr std::int64_t kMinuteMs = 60'000;

Utterance words(Said what, Message m) {
    return {what, say(m), interface_language()};
}

std::string name_of(const Session& s, int player) {
    if (player < 0 || player >= int(s.table.players.size()))
        return {};
    return s.table.players[std::size_t(player)].name;
}

} // namespace

Utterance card_utterance(const Deck& deck, const Card& card) {
    const std::string plain =
        card.parsed_text ? card.parsed_text->plain() : parse_card_text(card.text).plain();
    // Paragraphs and lines are one line for the voice: a space each.
    std::string text;
    for (char c : plain)
        if (c != '\n')
            text += c;
        else if (!text.empty() && text.back() != ' ')
            text += ' ';
    while (!text.empty() && text.back() == ' ')
        text.pop_back();
    std::string title = card.title;
    if (!card.subtitle.empty())
        title += ". " + card.subtitle;
    // A title that ends in its own mark ("Against, or for?") takes no full stop.
    const bool marked =
        !title.empty() && std::string_view("?!.:").find(title.back()) != std::string_view::npos;
    if (marked && !text.empty())
        return {Said::Card, title + " " + text,
                deck.info.language.empty() ? interface_language() : deck.info.language};
    std::string said = text.empty()
                           ? title
                           : say(Message{MessageId::ReadCard, {{"title", title}, {"text", text}}});
    return {Said::Card, said,
            deck.info.language.empty() ? interface_language() : deck.info.language};
}

std::vector<Utterance> Narrator::observe(const Deck& deck, const Session& s) {
    std::vector<Utterance> out;
    const Table& t = s.table;
    const bool playing = t.phase == Phase::Playing;

    // Whose turn: when a turn begins (a new turn, or another player's).
    const int active = playing ? t.active : -1;
    // Alone (solo), there is no one else whose turn it could be.
    if (playing && (active != active_ || t.turn != turn_) && t.seating.size() > 1 &&
        !name_of(s, active).empty())
        out.push_back(
            words(Said::Turn, Message{MessageId::ReadTurn, {{"player", name_of(s, active)}}}));
    active_ = active;
    turn_ = t.turn;

    // The card as it is drawn (undo back onto a card says it again).
    const Card* card = current_card(deck, s);
    const std::string id = card ? card->id : std::string();
    if (card && id != card_) {
        card_said_ = card_utterance(deck, *card);
        out.push_back(*card_said_);
    }
    if (!card)
        card_said_.reset();
    card_ = id;

    // The talking piece, passed on.
    if (t.talker >= 0 && t.talker != talker_ && !name_of(s, t.talker).empty())
        out.push_back(
            words(Said::Turn, Message{MessageId::ReadSpeaker, {{"player", name_of(s, t.talker)}}}));
    talker_ = t.talker;

    // The timer: its last minute (when it had more than two) and its end.
    const TimerView tv = timer_view(s);
    if (tv.kind == TimerKind::None || tv.remaining_ms > kMinuteMs) {
        minute_ = false;
    } else if (!minute_ && tv.state == TimerState::Running && tv.total_ms > 2 * kMinuteMs) {
        minute_ = true;
        out.push_back(words(Said::Timer, Message{MessageId::ReadMinuteLeft, {}}));
    }
    const bool expired = tv.state == TimerState::Expired;
    if (expired && !expired_ && seen_)
        out.push_back(words(Said::Timer, Message{MessageId::ReadTimeUp, {}}));
    expired_ = expired;
    seen_ = true;
    return out;
}

} // namespace hearth
