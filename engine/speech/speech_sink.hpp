// Where read aloud's words go: a voice (speech-dispatcher), or a recording
// (a test's list, an utterance log) when there is no voice to ask.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace hearth {

// How much read aloud says.
enum class Verbosity : std::uint8_t {
    Cards,      // the card as drawn, and what is asked for
    Turns,      // and whose turn it is
    Everything, // and the timers, refusals and every message on screen
};

// What one utterance is about (the utterance log names it).
enum class Said : std::uint8_t { Card, Turn, Timer, Message, Entry };

// One thing said, in a language (BCP 47, e.g. "en", "de"; empty: the voice's own).
struct Utterance {
    Said what = Said::Message;
    std::string text;
    std::string language;
    bool operator==(const Utterance&) const = default;
};

// A voice, or anything that takes what a voice would say.
class SpeechSink {
public:
    virtual ~SpeechSink() = default;
    // Says `u`; with `interrupt`, what is being said stops first (a new
    // card or turn matters more than the rest of the last one).
    virtual void speak(const Utterance& u, bool interrupt) = 0;
};

// "card", "turn", "timer", "message", "entry".
const char* to_string(Said s);
// "cards", "turns", "everything"; parsed back, or false.
const char* to_string(Verbosity v);
bool parse_verbosity(const std::string& text, Verbosity& out);

} // namespace hearth
