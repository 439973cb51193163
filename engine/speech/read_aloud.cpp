#include "engine/speech/read_aloud.hpp"

#include "engine/words/words.hpp"

#include <nlohmann/json.hpp>

namespace hearth {
namespace {

constexpr std::size_t kKeptUtterances = 500;

bool wanted(Said what, Verbosity v) {
    switch (what) {
    case Said::Card:
    case Said::Entry:
        return true;
    case Said::Turn:
        return v != Verbosity::Cards;
    case Said::Timer:
    case Said::Message:
        return v == Verbosity::Everything;
    }
    return true;
}

} // namespace

const char* to_string(Said s) {
    switch (s) {
    case Said::Card:
        return "card";
    case Said::Turn:
        return "turn";
    case Said::Timer:
        return "timer";
    case Said::Message:
        return "message";
    case Said::Entry:
        return "entry";
    }
    return "message";
}

const char* to_string(Verbosity v) {
    switch (v) {
    case Verbosity::Cards:
        return "cards";
    case Verbosity::Turns:
        return "turns";
    case Verbosity::Everything:
        return "everything";
    }
    return "turns";
}

bool parse_verbosity(const std::string& text, Verbosity& out) {
    for (Verbosity v : {Verbosity::Cards, Verbosity::Turns, Verbosity::Everything})
        if (text == to_string(v)) {
            out = v;
            return true;
        }
    return false;
}

ReadAloud::ReadAloud(std::string log_file, std::string library)
    : log_file_(std::move(log_file)), library_(std::move(library)) {}

ReadAloud::~ReadAloud() {
    if (log_)
        std::fclose(log_);
}

void ReadAloud::set_on(bool on) {
    on_ = on;
    if (!on_ || unavailable_)
        return;
    if (!log_file_.empty()) {
        if (!log_ && !(log_ = std::fopen(log_file_.c_str(), "a"))) {
            unavailable_ = true;
            notice_ = say(Message{MessageId::ReadAloudUnavailable,
                                  {{"reason", "cannot write " + log_file_}}});
        }
        return;
    }
    if (!voice_)
        voice_ = std::make_unique<SpeechDispatcher>(library_);
    if (!voice_->connect()) {
        unavailable_ = true; // said once; the rest of the run is silent
        notice_ = say(Message{MessageId::ReadAloudUnavailable, {{"reason", voice_->why()}}});
        voice_.reset();
    }
}

void ReadAloud::session(const Deck& deck, const Session& s) {
    // Watched while off too, so turning it on says only what comes next.
    bool first = true;
    for (const Utterance& u : narrator_.observe(deck, s))
        if (on_ && wanted(u.what, verbosity_)) {
            speak(u, first);
            first = false;
        }
}

void ReadAloud::message(const std::string& text) {
    if (on_ && wanted(Said::Message, verbosity_) && !text.empty())
        speak({Said::Message, text, interface_language()}, false);
}

void ReadAloud::say_now(const Utterance& u) {
    if (on_)
        speak(u, true);
}

std::optional<std::string> ReadAloud::take_notice() {
    std::optional<std::string> n = std::move(notice_);
    notice_.reset();
    return n;
}

void ReadAloud::speak(const Utterance& u, bool interrupt) {
    if (said_.size() >= kKeptUtterances)
        said_.erase(said_.begin());
    said_.push_back(u);
    if (log_) {
        nlohmann::json line = {{"what", to_string(u.what)}, {"lang", u.language}, {"text", u.text}};
        std::fprintf(log_, "%s\n", line.dump().c_str());
        std::fflush(log_);
    } else if (voice_) {
        voice_->speak(u, interrupt);
    }
}

} // namespace hearth
