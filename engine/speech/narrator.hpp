// What read aloud says about a session: the card as it is drawn, whose turn
// it is and who holds the talking piece, a timer's last minute and its end.
// It watches each session it is shown and says what changed since the last.
#pragma once

#include "engine/speech/speech_sink.hpp"
#include "engine/words/translation.hpp" // interface_language: the words' language
#include "game/deck/deck.hpp"
#include "game/session/session.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hearth {

// `card` as read: "Title. Text without markup", in `deck`'s language.
Utterance card_utterance(const Deck& deck, const Card& card);

class Narrator {
public:
    // What changed in `s` since the last session seen, in the order to say it.
    // The first session seen says its card and turn as if just begun.
    std::vector<Utterance> observe(const Deck& deck, const Session& s);
    // The card on the table as read, if there is one (to read it again).
    const std::optional<Utterance>& card() const { return card_said_; }

private:
    bool seen_ = false;
    std::string card_; // the card on the table, or empty
    std::optional<Utterance> card_said_;
    int active_ = -1;      // player id whose turn it is, while playing
    int turn_ = 0;         // the table's turn count
    int talker_ = -1;      // player id holding the talking piece
    bool minute_ = false;  // "one minute left" said for the running timer
    bool expired_ = false; // the timer's end said
};

} // namespace hearth
