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
