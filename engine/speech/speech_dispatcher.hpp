// Read aloud's voice: speech-dispatcher's C API (libspeechd), loaded with
// SDL_LoadObject when read aloud is first turned on, so Hearth installs and
// runs without it and never starts the speech daemon unless asked to.
#pragma once

#include "engine/speech/speech_sink.hpp"

#include <memory>
#include <string>

namespace hearth {

class SpeechDispatcher final : public SpeechSink {
public:
    // `library` is the shared library to load (default: libspeechd.so.2).
    explicit SpeechDispatcher(std::string library = {});
    ~SpeechDispatcher() override;
    SpeechDispatcher(const SpeechDispatcher&) = delete;
    SpeechDispatcher& operator=(const SpeechDispatcher&) = delete;

    // Loads the library and connects to the daemon (which starts it); false
    // when either fails, and why() says what.
    bool connect();
    bool connected() const;
    const std::string& why() const { return why_; }
    void speak(const Utterance& u, bool interrupt) override;

private:
    struct Api; // the library's functions and the connection
    std::string library_;
    std::unique_ptr<Api> api_;
    std::string why_;
    std::string language_; // the voice's language as last set
};

} // namespace hearth
