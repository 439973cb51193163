// speech-dispatcher, loaded when first needed.
//
// Why SDL_LoadObject and not linking: Hearth must install and run where
// speech-dispatcher is absent (its package only recommends it), and opening
// a connection starts the speech daemon, which only someone who turned read
// aloud on should pay for. The prototypes come from libspeechd.h, so a
// changed signature fails to compile.
#include "engine/speech/speech_dispatcher.hpp"

#include <SDL.h>
#include <speech-dispatcher/libspeechd.h>

#include <cstdlib>
#include <type_traits>

#ifndef HEARTH_SPEECHD_LIBRARY
#define HEARTH_SPEECHD_LIBRARY "libspeechd.so.2"
#endif

namespace hearth {

struct SpeechDispatcher::Api {
    void* library = nullptr;
    decltype(&spd_open2) open = nullptr;
    decltype(&spd_close) close = nullptr;
    decltype(&spd_say) say = nullptr;
    decltype(&spd_cancel) cancel = nullptr;
    decltype(&spd_set_language) set_language = nullptr;
    SPDConnection* connection = nullptr;

    ~Api() {
        if (connection && close)
            close(connection);
        if (library)
            SDL_UnloadObject(library);
    }

    bool load(const std::string& name) {
        library = SDL_LoadObject(name.c_str());
        if (!library)
            return false;
        auto get = [this](auto& fn, const char* symbol) {
            fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(
                SDL_LoadFunction(library, symbol));
            return fn != nullptr;
        };
        return get(open, "spd_open2") && get(close, "spd_close") && get(say, "spd_say") &&
               get(cancel, "spd_cancel") && get(set_language, "spd_set_language");
    }
};

SpeechDispatcher::SpeechDispatcher(std::string library)
    : library_(library.empty() ? HEARTH_SPEECHD_LIBRARY : std::move(library)) {}

SpeechDispatcher::~SpeechDispatcher() = default;

bool SpeechDispatcher::connected() const {
    return api_ && api_->connection;
}

bool SpeechDispatcher::connect() {
    if (connected())
        return true;
    auto api = std::make_unique<Api>();
    if (!api->load(library_)) {
        why_ = "speech-dispatcher's library " + library_ + " could not be loaded";
        return false;
    }
    char* error = nullptr;
    api->connection = api->open("hearth", "main", nullptr, SPD_MODE_SINGLE, nullptr, 1, &error);
    if (!api->connection) {
        why_ = std::string("speech-dispatcher did not answer") + (error ? ": " : "") +
               (error ? error : "");
        std::free(error); // libspeechd allocates it with malloc
        return false;
    }
    api_ = std::move(api);
    return true;
}

void SpeechDispatcher::speak(const Utterance& u, bool interrupt) {
    if (!connected() || u.text.empty())
        return;
    if (!u.language.empty() && u.language != language_) {
        api_->set_language(api_->connection, u.language.c_str());
        language_ = u.language;
    }
    if (interrupt)
        api_->cancel(api_->connection);
    api_->say(api_->connection, SPD_TEXT, u.text.c_str());
}

} // namespace hearth
