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
    // Window coordinates to render pixels (high-DPI screens differ).
    virtual SDL_FPoint pointer_scale() { return {1, 1}; }
    virtual SDL_Point window_size() { return output_size(); }
    // The frame is drawn (`animating`: one of an animation's): a backend may
    // do its share of presenting it now, before the frame pacer waits.
    virtual void frame_drawn(bool /*animating*/) {}
    // Animations are coming: what frame_drawn needs for them may be made
    // now, while idle, so that the first animation frame does not pay it.
    virtual void prepare_animation() {}
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

// An offscreen ARGB surface drawn by SDL's software renderer; no display.
std::unique_ptr<Backend> open_headless(int w, int h, std::string& error);

} // namespace hearth
