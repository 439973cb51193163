// The mixer, loaded when first needed. Sections: the library, the device,
// playing.
//
// Why SDL_LoadObject and not linking: libSDL2_mixer links its codecs
// (FluidSynth, GLib, JACK, libsndfile, ...: about 70 libraries). Linked into
// hearth, the dynamic loader would map and relocate them all before main,
// on every start (docs/performance.md, "Start-up"). Loaded here, they cost
// nothing until a timer ends. The prototypes still come from SDL_mixer.h,
// so a changed signature fails to compile.
#include "engine/audio.hpp"

#include <SDL.h>
#include <SDL_mixer.h>

#include <cstdio>
#include <string>
#include <type_traits>

#ifndef HEARTH_SDL2_MIXER_LIBRARY
#define HEARTH_SDL2_MIXER_LIBRARY "libSDL2_mixer-2.0.so.0"
#endif

namespace hearth {
namespace {

// The device stays open this long after a sound starts (the chime is about
// a second), so chimes close together share it; then the audio thread ends.
constexpr std::uint64_t kKeepOpenMs = 4000;

const char* file_of(Sound s) {
    switch (s) {
    case Sound::TimerEnded:
    case Sound::ReflectionEnded:
        return "complete.oga";
    }
    return "complete.oga";
}

} // namespace

// ---------------------------------------------------------------- the library

struct Audio::Mixer {
    void* library = nullptr;
    decltype(&Mix_OpenAudio) open_audio = nullptr;
    decltype(&Mix_CloseAudio) close_audio = nullptr;
    decltype(&Mix_LoadWAV_RW) load_wav = nullptr;
    decltype(&Mix_FreeChunk) free_chunk = nullptr;
    decltype(&Mix_PlayChannel) play_channel = nullptr;
    decltype(&Mix_Playing) playing = nullptr;
    decltype(&Mix_VolumeChunk) chunk_volume = nullptr;
    decltype(&Mix_Quit) quit = nullptr;
    Mix_Chunk* chime = nullptr; // decoded to the open device's format
    bool open = false;

    // Once loaded, the library stays until the process ends: the audio
    // subsystem may still hold what it set up, and a leak checker can then
    // still name the library a report comes from.

    // Finds every function; false (and the library unloaded) when one is missing.
    bool load() {
        library = SDL_LoadObject(HEARTH_SDL2_MIXER_LIBRARY);
        if (!library)
            return false;
        auto get = [this](auto& fn, const char* name) {
            fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(
                SDL_LoadFunction(library, name));
            return fn != nullptr;
        };
        bool ok = get(open_audio, "Mix_OpenAudio") && get(close_audio, "Mix_CloseAudio") &&
                  get(load_wav, "Mix_LoadWAV_RW") && get(free_chunk, "Mix_FreeChunk") &&
                  get(play_channel, "Mix_PlayChannel") && get(playing, "Mix_Playing") &&
                  get(chunk_volume, "Mix_VolumeChunk") && get(quit, "Mix_Quit");
        if (!ok) {
            SDL_UnloadObject(library);
            library = nullptr;
        }
        return ok;
    }
};

Audio::Audio(std::filesystem::path sounds_dir, bool enabled)
    : dir_(std::move(sounds_dir)), enabled_(enabled) {}

Audio::~Audio() {
    close_device();
    if (mixer_ && mixer_->library)
        mixer_->quit();
}

void Audio::fail(const char* what, const char* why) {
    if (!reported_)
        std::fprintf(stderr, "hearth: %s, so Hearth stays silent: %s\n", what,
                     why && *why ? why : "unknown reason");
    reported_ = true;
}

// ---------------------------------------------------------------- the device

bool Audio::open_device() {
    if (mixer_ && mixer_->open)
        return true;
    if (!mixer_) {
        mixer_ = std::make_unique<Mixer>();
        if (!mixer_->load()) {
            failed_ = true;
            fail("cannot load SDL_mixer (" HEARTH_SDL2_MIXER_LIBRARY ")", SDL_GetError());
            return false;
        }
    }
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        fail("no audio device", SDL_GetError());
        return false;
    }
    if (mixer_->open_audio(MIX_DEFAULT_FREQUENCY, MIX_DEFAULT_FORMAT, 2, 1024) != 0) {
        fail("no audio device", SDL_GetError());
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return false;
    }
    mixer_->open = true;
    std::string file = (dir_ / file_of(Sound::TimerEnded)).string();
    mixer_->chime = mixer_->load_wav(SDL_RWFromFile(file.c_str(), "rb"), 1);
    if (!mixer_->chime) {
        failed_ = true;
        fail(("cannot read " + file).c_str(), SDL_GetError());
        close_device();
        return false;
    }
    return true;
}

void Audio::close_device() {
    if (!mixer_ || !mixer_->open)
        return;
    if (mixer_->chime)
        mixer_->free_chunk(mixer_->chime);
    mixer_->chime = nullptr;
    mixer_->close_audio();
    mixer_->open = false;
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

bool Audio::device_open() const {
    return mixer_ && mixer_->open;
}

// ---------------------------------------------------------------- playing

void Audio::play(Sound s) {
    if (!enabled_ || muted_ || failed_)
        return;
    if (!open_device())
        return;
    // One sound so far, the chime: solo's quiet timer plays it softer.
    mixer_->chunk_volume(mixer_->chime,
                         s == Sound::ReflectionEnded ? MIX_MAX_VOLUME / 2 : MIX_MAX_VOLUME);
    if (mixer_->play_channel(-1, mixer_->chime, 0) < 0)
        return;
    ++started_;
    close_at_ = SDL_GetTicks64() + kKeepOpenMs;
}

void Audio::poll() {
    if (!device_open() || SDL_GetTicks64() < close_at_)
        return;
    if (mixer_->playing(-1) > 0) { // a long sound: look again soon
        close_at_ = SDL_GetTicks64() + 500;
        return;
    }
    close_device();
}

std::int64_t Audio::wake_in_ms() const {
    if (!device_open())
        return -1;
    std::uint64_t now = SDL_GetTicks64();
    return close_at_ > now ? std::int64_t(close_at_ - now) : 0;
}

} // namespace hearth
