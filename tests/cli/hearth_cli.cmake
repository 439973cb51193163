# Runs hearth as users and scripts run it: cmake -DHEARTH=... -DSCRIPTS=... -DOUT=... -P
function(expect_run name expected_rc expected_err)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL expected_rc)
        message(FATAL_ERROR "${name}: exit ${rc}, expected ${expected_rc}\n${out}\n${err}")
    endif()
    if(expected_err AND NOT err MATCHES "${expected_err}")
        message(FATAL_ERROR "${name}: stderr does not match '${expected_err}':\n${err}")
    endif()
endfunction()

# A script mistake: file and line, as a compiler says it, before anything runs.
expect_run(bad-script 2 "^[^\n]*bad-key.txt:2: error: unknown key name 'Spcae'"
    ${HEARTH} --headless --script ${SCRIPTS}/bad-key.txt)
# No display, no --headless: one clear line and how to run headless.
expect_run(no-display 1 "hearth: no display .*hearth --headless --script FILE"
    ${CMAKE_COMMAND} -E env SDL_VIDEODRIVER=dummy ${HEARTH} --players 3)
expect_run(bad-option 2 "unknown option '--nope'" ${HEARTH} --nope)
# The summary at the end is saved as Markdown in --out.
file(REMOVE_RECURSE ${OUT})
expect_run(summary 0 "" ${HEARTH} --headless --players "Ana,Ben" --format circle --seed 4
    --script ${SCRIPTS}/summary.txt --out ${OUT} --log ${OUT}/log.jsonl)
foreach(f summary.md summary.png log.jsonl)
    if(NOT EXISTS ${OUT}/${f})
        message(FATAL_ERROR "summary: ${OUT}/${f} was not written")
    endif()
endforeach()
file(READ ${OUT}/summary.md md)
if(NOT md MATCHES "Ana")
    message(FATAL_ERROR "summary.md does not name the player who kept a card:\n${md}")
endif()

# A damaged save: the error names the file and place, and the file is kept as it was.
set(save ${OUT}/damaged-save.json)
file(WRITE ${save} "{\"version\": 1,\n  \"deck\": \"microsolidarity\",\n  \"table\": [tru\n")
file(READ ${save} before)
expect_run(damaged-save 1 "damaged-save.json:3:[0-9]+: error: "
    ${HEARTH} --headless --resume ${save} --script ${SCRIPTS}/summary.txt --out ${OUT})
file(READ ${save} after)
if(NOT before STREQUAL after)
    message(FATAL_ERROR "damaged-save: the damaged file was changed")
endif()
# A good save: written after every action, and a second run continues it.
set(good ${OUT}/good-save.json)
file(REMOVE ${good})
expect_run(save 0 "" ${HEARTH} --headless --players "Ana,Ben" --format circle --seed 4
    --resume ${good} --script ${SCRIPTS}/summary.txt --out ${OUT})
expect_run(resume 0 "" ${HEARTH} --headless --resume ${good} --script ${SCRIPTS}/summary.txt
    --out ${OUT})
file(READ ${good} saved)
if(NOT saved MATCHES "^{\"deck\":\"microsolidarity\",\"type\":\"hearth-session\",\"version\":2}\n")
    message(FATAL_ERROR "save: not a version-2 save:\n${saved}")
endif()
# Killed mid-write: a torn last line resumes from the action before it, with a warning.
file(APPEND ${good} "{\"type\":\"action\",\"act")
expect_run(torn-save 0 "good-save.json:[0-9]+:1: warning: the last action was cut off"
    ${HEARTH} --headless --resume ${good} --script ${SCRIPTS}/summary.txt --out ${OUT})
file(READ ${good} rewritten)
if(rewritten MATCHES "\"act\n|\"act$")
    message(FATAL_ERROR "torn-save: the torn line was kept:\n${rewritten}")
endif()
