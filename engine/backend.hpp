// Where frames go: a real window, or an offscreen surface for headless runs.
#pragma once

#include "engine/render/sdl_handles.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace hearth {

class Backend {
public:
    virtual ~Backend() = default;
    virtual SDL_Renderer* renderer() = 0;
    // The drawing area in pixels.
    virtual SDL_Point output_size() = 0;
    virtual SDL_Point window_size() { return output_size(); }
    // Window coordinates to render pixels (high-DPI screens differ).
    SDL_FPoint pointer_scale() {
        SDL_Point o = output_size(), w = window_size();
        if (w.x <= 0 || w.y <= 0)
            return {1, 1};
        return {float(o.x) / w.x, float(o.y) / w.y};
    }
    // The frame is drawn (`animating`: one of an animation's): a backend may
    // do its share of presenting it now, before the frame pacer waits.
    virtual void frame_drawn(bool /*animating*/) {}
    // The last frame is kept whole after it is presented, so a display that
    // lost the window's pixels (an expose) needs only a present, not a
    // frame drawn anew.
    virtual bool keeps_frame() const { return false; }
    virtual void present() = 0;
    virtual void toggle_fullscreen() {}
    virtual void set_text_input(bool) {}
    // Writes the last frame as PNG; returns what went wrong, if anything.
    virtual std::optional<std::string> save_png(const std::filesystem::path&) {
        return "this backend cannot save pictures";
    }
    // A line describing the renderer, for logs and docs/performance.md.
    virtual std::string describe() = 0;
};

// A window. Picks the renderer: accelerated on a real GPU, software when the
// GL driver is itself software (llvmpipe, softpipe, swrast) or when
// HEARTH_RENDERER=software. Returns null and sets `error` when no window
// can be opened (no display).
std::unique_ptr<Backend> open_window(int w, int h, std::string& error);

// SDL's software renderer drawing into a canvas of Hearth's own, shown in a
// window once one is attached. The canvas exists before SDL's video does, so
// main can draw the first frame on another thread while the window opens;
// until attach(), presents keep the frame and the window's wishes (text
// entry, full screen) are kept for it.
class SoftwareWindow : public Backend {
public:
    // The window from open_software_window (on the thread that runs the
    // loop, with nothing drawing); the canvas follows its size from then on.
    virtual void attach(WindowPtr window) = 0;
};

// The canvas (`w` x `h`, the window's size to come) and its renderer. Needs
// no SDL subsystem. Null, with `error` set, when memory runs out.
std::unique_ptr<SoftwareWindow> make_software_window(int w, int h, std::string& error);

// False, with `error` saying so, when SDL's video driver shows nothing
// (dummy, offscreen).
bool display_found(std::string& error);

// Opens the window a SoftwareWindow shows (SDL video started).
WindowPtr open_software_window(int w, int h, std::string& error);

// True when the software renderer is chosen before SDL's video starts:
// HEARTH_RENDERER=software, or no GPU device on the machine (docs/performance.md).
bool software_renderer_chosen();

// Before a second thread draws while SDL's video starts (main.cpp): the
// hints video's start adds watchers for are made beforehand (SDL keeps hints
// in a list without a lock, and the renderer reads it), the software
// window's hint is set, and SDL's CPU features and pixel alignment, each
// worked out on first use without a guard, are worked out now.
void make_video_hints();

// An offscreen ARGB surface drawn by SDL's software renderer; no display.
std::unique_ptr<Backend> open_headless(int w, int h, std::string& error);

} // namespace hearth
