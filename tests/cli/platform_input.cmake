# Only the platform layer knows SDL's event types and key codes: scenes, the
# text fields, the binding table and game/ speak Hearth's input vocabulary
# (engine/input.hpp). Fails naming each file and line that does not.
# Invoked by CTest with -DSOURCE=<the source folder>.
cmake_minimum_required(VERSION 3.25)
# The platform layer: the input map, the App's event loop (app.cpp and
# app_loop.cpp), main, the headless
# runner (a script's steps become the platform's events), the wake-up
# events of live reload and of the phones' server (app_phones.cpp), and the
# software window (software_window.cpp: an expose or a resize means the display
# lost the window's pixels, and the next present sends all of them).
set(platform engine/input_map.hpp engine/input_map.cpp engine/app.hpp engine/app.cpp
    engine/app_loop.cpp engine/main.cpp engine/headless_runner.cpp engine/live_reload.hpp engine/live_reload.cpp
    engine/app_phones.cpp engine/software_window.cpp)
file(GLOB_RECURSE sources RELATIVE ${SOURCE} ${SOURCE}/engine/*.cpp ${SOURCE}/engine/*.hpp
     ${SOURCE}/game/*.cpp ${SOURCE}/game/*.hpp)
set(failures "")
foreach(f IN LISTS sources)
    if(f IN_LIST platform)
        continue()
    endif()
    file(STRINGS ${SOURCE}/${f} lines REGEX "SDLK_|KMOD_|SDL_Event|SDL_KEY|SDL_TEXTINPUT|SDL_TEXTEDITING|SDL_CONTROLLERBUTTON|SDL_MOUSEBUTTON|SDL_MOUSEWHEEL|SDL_FINGER")
    foreach(line IN LISTS lines)
        string(STRIP "${line}" line)
        string(APPEND failures "${f}: ${line}\n")
    endforeach()
endforeach()
if(failures)
    message(FATAL_ERROR "SDL input outside the platform layer:\n${failures}")
endif()
