// Read aloud: the one owner of what Hearth says aloud. It is off unless the
// user turns it on (the read-aloud key, the preference, --read-aloud); only
// then does it load speech-dispatcher and connect, which starts the speech
// daemon. Without speech-dispatcher Hearth plays on silently and says once,
// on screen, that read aloud is unavailable.
//
// With an utterance log (--speech-log FILE) nothing is spoken: each
// utterance is written to FILE as one JSON line, {"what", "lang", "text"},
// so a script's run shows what would have been said.
#pragma once

#include "engine/speech/narrator.hpp"
#include "engine/speech/speech_dispatcher.hpp"
#include "engine/speech/speech_sink.hpp"

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hearth {

class ReadAloud {
public:
    // `log_file` empty: speak through speech-dispatcher (`library`, empty:
    // the system's) once turned on.
    explicit ReadAloud(std::string log_file = {}, std::string library = {});
    ~ReadAloud();
    ReadAloud(const ReadAloud&) = delete;
    ReadAloud& operator=(const ReadAloud&) = delete;

    // Turns read aloud on or off; the first time on connects the voice.
    void set_on(bool on);
    void set_verbosity(Verbosity v) { verbosity_ = v; }
    bool on() const { return on_; }
    Verbosity verbosity() const { return verbosity_; }

    // A session was shown or changed: says what changed, as verbose as set.
    void session(const Deck& deck, const Session& s);
    // The card on the table as read, if any (read again on request).
    const std::optional<Utterance>& card() const { return narrator_.card(); }
    // A message on screen (a refusal, what an action did): said when everything is.
    void message(const std::string& text);
    // Said whatever the verbosity, while on: what the user asked to hear.
    void say_now(const Utterance& u);

    // The one notice that read aloud is unavailable, once: the App shows it.
    std::optional<std::string> take_notice();
    // Every utterance said while on, oldest first (the last 500; for tests).
    const std::vector<Utterance>& said() const { return said_; }

private:
    void speak(const Utterance& u, bool interrupt);

    std::string log_file_;
    std::string library_;
    std::FILE* log_ = nullptr;
    std::unique_ptr<SpeechDispatcher> voice_;
    bool on_ = false;
    bool unavailable_ = false;
    std::optional<std::string> notice_;
    Verbosity verbosity_ = Verbosity::Turns;
    Narrator narrator_;
    std::vector<Utterance> said_;
};

} // namespace hearth
