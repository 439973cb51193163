// The software renderer's window: frames are drawn into a canvas of Hearth's
// own and copied to the window's surface as they are presented.
//
// Why a canvas, and not the window's surface as SDL_CreateRenderer gives:
// - the canvas exists before the window does, so the first frame is drawn
//   while SDL's video starts and the window opens (main.cpp; on two cores
//   the two take about as long, docs/performance.md);
// - the window's surface keeps the frame shown last, so each present
//   compares the new frame with it and sends only what changed
//   (changed_rows.hpp), with no copy of the last frame kept besides;
// - an expose needs only the copy sent again, not a frame drawn anew.
//
// SDL's software renderer keeps the surface it was made with. When the
// window's size changes the canvas is resized in place: its pixels, size and
// pitch, which SDL reads afresh at each drawing call, then the renderer's
// viewport reset to it. A new surface would need a new renderer, and every
// texture made with the old one (text, art, cards) would be lost with it.
#include "engine/backend.hpp"
#include "engine/changed_rows.hpp"

#include <SDL_image.h>

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <vector>

namespace hearth {
namespace {

// The X server's usual 24-bit visual: copies to the window are plain memcpy.
constexpr Uint32 kCanvasFormat = SDL_PIXELFORMAT_RGB888;

class Canvas {
public:
    bool make(int w, int h) {
        pixels_.reset(new (std::nothrow) std::uint32_t[std::size_t(w) * std::size_t(h)]);
        if (!pixels_)
            return false;
        surface_.reset(
            SDL_CreateRGBSurfaceWithFormatFrom(pixels_.get(), w, h, 32, w * 4, kCanvasFormat));
        return surface_ != nullptr;
    }
    // The same surface, `w` x `h` (what was drawn is gone).
    bool resize(int w, int h) {
        std::unique_ptr<std::uint32_t[]> fresh(new (std::nothrow)
                                                   std::uint32_t[std::size_t(w) * std::size_t(h)]);
        if (!fresh)
            return false;
        SDL_Surface* s = surface_.get();
        s->pixels = fresh.get();
        s->w = w;
        s->h = h;
        s->pitch = w * 4;
        SDL_SetClipRect(s, nullptr);
        pixels_ = std::move(fresh);
        return true;
    }
    SDL_Surface* surface() const { return surface_.get(); }

private:
    std::unique_ptr<std::uint32_t[]> pixels_;
    SurfacePtr surface_; // SDL_PREALLOC: frees the struct, never the pixels
};

class CanvasWindow final : public SoftwareWindow {
public:
    CanvasWindow(Canvas canvas, RendererPtr r)
        : canvas_(std::move(canvas)), renderer_(std::move(r)) {}
    ~CanvasWindow() override {
        if (window_)
            SDL_DelEventWatch(&CanvasWindow::watch, this);
        renderer_.reset(); // before the canvas it draws into
    }
    CanvasWindow(const CanvasWindow&) = delete;
    CanvasWindow& operator=(const CanvasWindow&) = delete;

    void attach(WindowPtr window) override {
        window_ = std::move(window);
        SDL_AddEventWatch(&CanvasWindow::watch, this);
        lost_ = true;
        set_text_input(text_input_);
        if (full_screen_)
            SDL_SetWindowFullscreen(window_.get(), SDL_WINDOW_FULLSCREEN_DESKTOP);
    }
    SDL_Renderer* renderer() override { return renderer_.get(); }
    SDL_Point output_size() override {
        follow_window();
        return {canvas_.surface()->w, canvas_.surface()->h};
    }
    SDL_Point window_size() override {
        if (!window_)
            return output_size();
        SDL_Point p{0, 0};
        SDL_GetWindowSize(window_.get(), &p.x, &p.y);
        return p;
    }
    bool keeps_frame() const override { return true; }
    // The changes are found and copied to the window's surface when the
    // frame is drawn, before the frame pacer waits: a present is then only
    // what the display is sent.
    void frame_drawn(bool /*animating*/) override {
        rects_.clear();
        found_ = window_ != nullptr; // else found at the present, once there is a window
        if (!window_)
            return;
        SDL_Surface* shown = SDL_GetWindowSurface(window_.get());
        if (!shown)
            return;
        // SDL_UpdateWindowSurface shows nothing while the window is hidden:
        // once it is back all of it is sent.
        const bool hidden =
            SDL_GetWindowFlags(window_.get()) & (SDL_WINDOW_HIDDEN | SDL_WINDOW_MINIMIZED);
        rects_ = copy_changed_rows(*canvas_.surface(), *shown, lost_.exchange(false) || hidden);
        if (hidden)
            lost_ = true;
    }
    void present() override {
        if (!found_)
            frame_drawn(false);
        found_ = false;
        if (window_ && !rects_.empty())
            SDL_UpdateWindowSurfaceRects(window_.get(), rects_.data(), int(rects_.size()));
    }
    void toggle_fullscreen() override {
        full_screen_ = !full_screen_;
        if (window_)
            SDL_SetWindowFullscreen(window_.get(),
                                    full_screen_ ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    }
    void set_text_input(bool on) override {
        text_input_ = on;
        if (!window_)
            return;
        if (on)
            SDL_StartTextInput();
        else
            SDL_StopTextInput();
    }
    std::optional<std::string> save_png(const std::filesystem::path& file) override {
        if (IMG_SavePNG(canvas_.surface(), file.c_str()) != 0)
            return file.string() + ": " + IMG_GetError();
        return std::nullopt;
    }
    std::string describe() override {
        const char* choice = std::getenv("HEARTH_RENDERER");
        return choice && std::strcmp(choice, "software") == 0
                   ? "software renderer (HEARTH_RENDERER=software)"
                   : "software renderer (no GPU found)";
    }

private:
    // The canvas takes the size of the window's surface (a resize, full
    // screen), between frames, when no texture is the renderer's target.
    void follow_window() {
        if (!window_ || SDL_GetRenderTarget(renderer_.get()))
            return;
        SDL_Surface* shown = SDL_GetWindowSurface(window_.get());
        SDL_Surface* c = canvas_.surface();
        if (!shown || (shown->w == c->w && shown->h == c->h) || shown->w <= 0 || shown->h <= 0)
            return;
        if (!canvas_.resize(shown->w, shown->h))
            return; // drawn at the old size until memory allows
        SDL_RenderSetViewport(renderer_.get(), nullptr);
        SDL_RenderSetClipRect(renderer_.get(), nullptr);
        lost_ = true;
    }
    // The display has lost what the window showed, or its size changed:
    // the next present sends all of it.
    static int SDLCALL watch(void* self, SDL_Event* e) {
        auto* b = static_cast<CanvasWindow*>(self);
        if (e->type == SDL_WINDOWEVENT && e->window.windowID == SDL_GetWindowID(b->window_.get()))
            switch (e->window.event) {
            case SDL_WINDOWEVENT_EXPOSED:
            case SDL_WINDOWEVENT_SHOWN:
            case SDL_WINDOWEVENT_RESTORED:
            case SDL_WINDOWEVENT_MAXIMIZED:
            case SDL_WINDOWEVENT_RESIZED:
            case SDL_WINDOWEVENT_SIZE_CHANGED:
                b->lost_ = true;
                break;
            default:
                break;
            }
        return 1;
    }

    Canvas canvas_;
    RendererPtr renderer_;
    WindowPtr window_;
    std::atomic<bool> lost_{true};
    bool text_input_ = false, full_screen_ = false;
    // The frame drawn last: whether it was copied yet, and what to send.
    bool found_ = false;
    std::vector<SDL_Rect> rects_;
};

void ignore_hint(void*, const char*, const char*, const char*) {}

} // namespace

std::unique_ptr<SoftwareWindow> make_software_window(int w, int h, std::string& error) {
    Canvas canvas;
    if (w <= 0 || h <= 0 || !canvas.make(w, h)) {
        error = "no memory for a " + std::to_string(w) + "x" + std::to_string(h) + " window";
        return nullptr;
    }
    RendererPtr renderer(SDL_CreateSoftwareRenderer(canvas.surface()));
    if (!renderer) {
        error = SDL_GetError();
        return nullptr;
    }
    return std::make_unique<CanvasWindow>(std::move(canvas), std::move(renderer));
}

WindowPtr open_software_window(int w, int h, std::string& error) {
    if (!display_found(error))
        return nullptr;
    // Else SDL backs even a software window with GL (docs/performance.md).
    // Set already when the first frame is being drawn meanwhile (main.cpp).
    const char* now = SDL_GetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION);
    if (!now || std::strcmp(now, "0") != 0)
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    WindowPtr window(SDL_CreateWindow("Hearth", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w,
                                      h, SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI));
    if (!window)
        error = SDL_GetError();
    return window;
}

void make_video_hints() {
    // SDL 2.26's video start on X11 and Wayland, with its events, mouse and
    // input methods (SDL_AddHintCallback in SDL_events.c, SDL_mouse.c,
    // SDL_ibus.c, SDL_fcitx.c, video/wayland). A watcher added and taken
    // away leaves the hint in the list, valued as before.
    for (const char* name :
         {SDL_HINT_AUTO_UPDATE_JOYSTICKS, SDL_HINT_AUTO_UPDATE_SENSORS, SDL_HINT_EVENT_LOGGING,
          SDL_HINT_POLL_SENTINEL, SDL_HINT_IME_INTERNAL_EDITING, SDL_HINT_MOUSE_AUTO_CAPTURE,
          SDL_HINT_MOUSE_DOUBLE_CLICK_RADIUS, SDL_HINT_MOUSE_DOUBLE_CLICK_TIME,
          SDL_HINT_MOUSE_NORMAL_SPEED_SCALE, SDL_HINT_MOUSE_RELATIVE_SPEED_SCALE,
          SDL_HINT_MOUSE_RELATIVE_SYSTEM_SCALE, SDL_HINT_MOUSE_RELATIVE_WARP_MOTION,
          SDL_HINT_MOUSE_TOUCH_EVENTS, SDL_HINT_TOUCH_MOUSE_EVENTS,
          SDL_HINT_VIDEO_EGL_ALLOW_TRANSPARENCY, SDL_HINT_VIDEO_WAYLAND_EMULATE_MOUSE_WARP,
          SDL_HINT_VITA_TOUCH_MOUSE_DEVICE, SDL_HINT_FRAMEBUFFER_ACCELERATION,
          SDL_HINT_RENDER_SCALE_QUALITY}) {
        SDL_AddHintCallback(name, ignore_hint, nullptr);
        SDL_DelHintCallback(name, ignore_hint, nullptr);
    }
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    // Worked out once, before two threads ask: the CPU's features and the
    // alignment SDL gives pixels (each computed on first use, unguarded).
    (void)SDL_HasSSE2();
    (void)SDL_SIMDGetAlignment();
}

} // namespace hearth
