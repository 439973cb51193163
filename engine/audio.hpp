// The sounds Hearth plays, and the one owner of the mixer (SDL_mixer).
//
// Nothing of it is on the start-up path: SDL_mixer and the codecs it links
// (about 70 shared libraries) are loaded with SDL_LoadObject when the first
// sound plays, and the audio device is opened then and closed again a few
// seconds after the last sound ends, so an evening without timers costs no
// time, memory or audio thread. A machine without the library or an audio
// device is silent, with one line on stderr; nothing fails.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>

namespace hearth {

// What Hearth can sound.
enum class Sound : std::uint8_t {
    TimerEnded,      // a step's timer reached zero: a gentle chime
    ReflectionEnded, // solo's quiet timer reached zero: the chime at half volume
};

class Audio {
public:
    // `sounds_dir` holds the sound files (assets/sounds). A disabled Audio
    // never loads or opens anything (headless runs without SDL_AUDIODRIVER).
    Audio(std::filesystem::path sounds_dir, bool enabled);
    ~Audio();
    Audio(const Audio&) = delete;
    Audio& operator=(const Audio&) = delete;

    // Plays `s` unless muted or disabled; loads the mixer and opens the
    // device on first use.
    void play(Sound s);
    void set_muted(bool muted) { muted_ = muted; }
    bool muted() const { return muted_; }
    bool enabled() const { return enabled_; }
    // Closes the device once nothing has played for a while (call when the
    // loop wakes). The device's time is the wall clock, also headless.
    void poll();
    // Milliseconds until poll has work, or -1.
    std::int64_t wake_in_ms() const;
    // Sounds started (for tests: a muted or disabled Audio starts none).
    int started() const { return started_; }
    // Whether the audio device is open now.
    bool device_open() const;

private:
    struct Mixer; // the library's functions, once loaded
    bool open_device();
    void close_device();
    void fail(const char* what, const char* why);

    std::filesystem::path dir_;
    bool enabled_ = false;
    bool muted_ = false;
    bool failed_ = false;   // the library or a sound could not be loaded: silent from now on
    bool reported_ = false; // the one line on stderr was printed
    std::unique_ptr<Mixer> mixer_;
    std::uint64_t close_at_ =
        0; // SDL ticks when the open device closes, unless another sound plays
    int started_ = 0;
};

} // namespace hearth
