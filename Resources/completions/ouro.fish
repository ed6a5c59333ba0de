function __ouro_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __ouro_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __ouro_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __ouro_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __ouro_parse_tokens -S
    set -l unparsed_tokens (__ouro_tokens -pc)
    switch $unparsed_tokens[1]
    case 'ouro'
        __ouro_parse_subcommand 0 'work-hours=' 'work-days=' 'streak=' 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'hud'
            __ouro_parse_subcommand 0 'speed=' 'pulse=' 'reduce-motion' 'no-seconds' 'version' 'h/help'
        case 'status'
            __ouro_parse_subcommand 0 'json' 'format=' 'at=' 'version' 'h/help'
        case 'intend'
            __ouro_parse_subcommand 1 'description=' 'estimate=' 'version' 'h/help'
        case 'start'
            __ouro_parse_subcommand 1 'version' 'h/help'
        case 'evaluate'
            __ouro_parse_subcommand 1 'pomodoro=' 'version' 'h/help'
        case 'abandon'
            __ouro_parse_subcommand 1 'version' 'h/help'
        case 'estimate'
            __ouro_parse_subcommand 2 'version' 'h/help'
        case 'intentions'
            __ouro_parse_subcommand 0 'all' 'json' 'version' 'h/help'
        case 'log'
            __ouro_parse_subcommand 0 'since=' 'until=' 'json' 'csv' 'version' 'h/help'
        case 'score'
            __ouro_parse_subcommand 0 'json' 'date=' 'since=' 'until=' 'at=' 'version' 'h/help'
        case 'hours'
            __ouro_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __ouro_parse_subcommand 0 'json' 'version' 'h/help'
            case 'set'
                __ouro_parse_subcommand 2 'version' 'h/help'
            case 'add'
                __ouro_parse_subcommand 2 'version' 'h/help'
            case 'clear'
                __ouro_parse_subcommand 0 'version' 'h/help'
            end
        case 'session'
            __ouro_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'add'
                __ouro_parse_subcommand 0 'from=' 'to=' 'version' 'h/help'
            end
        case 'sessions'
            __ouro_parse_subcommand 0 'json' 'at=' 'version' 'h/help'
        case 'watch'
            __ouro_parse_subcommand 0 'json' 'since=' 'until=' 'version' 'h/help'
        case 'settings'
            __ouro_parse_subcommand 0 'json' 'version' 'h/help'
        case 'help'
            __ouro_parse_subcommand -r 1 'version'
        end
    end
end

function __ouro_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __ouro_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __ouro_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __ouro_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__ouro_tokens -p)
    if test -z "$(__ouro_tokens -t)"
        set -l index (count (__ouro_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'ouro' -f
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro" work-hours' -l 'work-hours' -d 'Set the work hours\' daily span (09:00-17:00); the days stay as they are.' -rfka ''
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro" work-days' -l 'work-days' -d 'Set the days the work hours apply on (mon-fri, mon,wed,fri, weekdays, daily); the times stay as they are.' -rfka ''
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro" streak' -l 'streak' -d 'The streak\'s pomodoro/break minutes (5/5,10/5,20/5,30/10): 1 to 32 pairs, each length 1 to 240 minutes.' -rfka ''
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro" version' -l 'version' -d 'Show the version.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_positional "ouro" -eq 1' -fa 'hud' -d 'Open the HUD (the default).'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_positional "ouro" -eq 1' -fa 'status' -d 'Show the current interval, for scripts and status bars.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_positional "ouro" -eq 1' -fa 'intend' -d 'Create an intention; prints its id.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_positional "ouro" -eq 1' -fa 'start' -d 'Start (or continue) a pomodoro.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_positional "ouro" -eq 1' -fa 'evaluate' -d 'Evaluate a pomodoro: distracted, interrupted, focused or achieved.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_positional "ouro" -eq 1' -fa 'abandon' -d 'Abandon an intention (ends its running pomodoro and streak now).'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_positional "ouro" -eq 1' -fa 'estimate' -d 'Estimate an intention\'s total pomodoro time (25m, 1h30m).'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_positional "ouro" -eq 1' -fa 'intentions' -d 'List open intentions (--all: completed and abandoned too).'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_positional "ouro" -eq 1' -fa 'log' -d 'List the intervals of a range of days (default: today).'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_positional "ouro" -eq 1' -fa 'score' -d 'Show a day\'s score, its ideal and perfect scores and the points lost.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_positional "ouro" -eq 1' -fa 'hours' -d 'List or change the work hours.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_positional "ouro" -eq 1' -fa 'session' -d 'Add a one-off session.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_positional "ouro" -eq 1' -fa 'sessions' -d 'List today\'s sessions with the points earned and possible.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_positional "ouro" -eq 1' -fa 'watch' -d 'Print events as they happen, one line each, until interrupted.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_positional "ouro" -eq 1' -fa 'settings' -d 'Show the settings ouro runs with (read-only).'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_positional "ouro" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro hud" speed' -l 'speed' -d 'Run the HUD\'s clock this many times faster (more than 0, at most 10000): a demo on a copy of the data in memory, never saved.' -rfka ''
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro hud" pulse' -l 'pulse' -d 'Time between pulses, like 30s (the default) or 1m.' -rfka ''
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro hud" reduce-motion' -l 'reduce-motion' -d 'Replace the pulse\'s animation with one brief highlight.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro hud" no-seconds' -l 'no-seconds' -d 'Show the time left in minutes only.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro hud" version' -l 'version' -d 'Show the version.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro hud" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro status" json' -l 'json' -d 'Print one JSON object on one line.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro status" format' -l 'format' -d 'Print a template instead.' -rfka ''
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro status" at' -l 'at' -d 'Show what it would be at this time, saving nothing (epoch seconds or ISO 8601 with an offset).' -rfka ''
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro status" version' -l 'version' -d 'Show the version.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro status" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro intend" description' -l 'description' -d 'A longer description.' -rfka ''
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro intend" estimate' -l 'estimate' -d 'A first estimate of the time it takes (25m, 1h30m).' -rfka ''
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro intend" version' -l 'version' -d 'Show the version.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro intend" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro start" version' -l 'version' -d 'Show the version.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro start" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro evaluate" pomodoro' -l 'pomodoro' -d 'The pomodoro\'s number (default: the latest).' -rfka ''
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro evaluate" version' -l 'version' -d 'Show the version.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro evaluate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro abandon" version' -l 'version' -d 'Show the version.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro abandon" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro estimate" version' -l 'version' -d 'Show the version.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro estimate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro intentions" all' -l 'all' -d 'Include completed and abandoned intentions.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro intentions" json' -l 'json' -d 'Print one JSON array on one line.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro intentions" version' -l 'version' -d 'Show the version.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro intentions" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro log" since' -l 'since' -d 'The first day (YYYY-MM-DD, today, yesterday; default: today).' -rfka ''
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro log" until' -l 'until' -d 'The last day (YYYY-MM-DD, today, yesterday; default: today).' -rfka ''
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro log" json' -l 'json' -d 'Print one JSON array on one line.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro log" csv' -l 'csv' -d 'Print CSV with a header line (times in ISO 8601 with their offset).'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro log" version' -l 'version' -d 'Show the version.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro log" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro score" json' -l 'json' -d 'Print one JSON object per day, one per line.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro score" date' -l 'date' -d 'One day alone (YYYY-MM-DD, today, yesterday; default: today).' -rfka ''
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro score" since' -l 'since' -d 'The first day (YYYY-MM-DD, today, yesterday; default: today).' -rfka ''
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro score" until' -l 'until' -d 'The last day (YYYY-MM-DD, today, yesterday; default: today).' -rfka ''
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro score" at' -l 'at' -d 'Show what it would be at this time, saving nothing (epoch seconds or ISO 8601 with an offset).' -rfka ''
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro score" version' -l 'version' -d 'Show the version.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro score" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro hours" version' -l 'version' -d 'Show the version.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro hours" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_positional "ouro hours" -eq 1' -fa 'list' -d 'List the work-hour rules.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_positional "ouro hours" -eq 1' -fa 'set' -d 'Replace every rule with this one (ouro hours set mon-fri 09:00-17:00).'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_positional "ouro hours" -eq 1' -fa 'add' -d 'Add a rule (ouro hours add sat 10:00-12:00).'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_positional "ouro hours" -eq 1' -fa 'clear' -d 'Remove every rule (a session from them under way ends now).'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro hours list" json' -l 'json' -d 'Print one JSON array on one line.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro hours list" version' -l 'version' -d 'Show the version.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro hours list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro hours set" version' -l 'version' -d 'Show the version.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro hours set" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro hours add" version' -l 'version' -d 'Show the version.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro hours add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro hours clear" version' -l 'version' -d 'Show the version.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro hours clear" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro session" version' -l 'version' -d 'Show the version.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro session" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_positional "ouro session" -eq 1' -fa 'add' -d 'Add a session today (--from 14:00 --to 16:30) or at full timestamps.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro session add" from' -l 'from' -d 'When it starts (14:00, epoch seconds or ISO 8601).' -rfka ''
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro session add" to' -l 'to' -d 'When it ends.' -rfka ''
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro session add" version' -l 'version' -d 'Show the version.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro session add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro sessions" json' -l 'json' -d 'Print one JSON array on one line.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro sessions" at' -l 'at' -d 'Show what it would be at this time, saving nothing (epoch seconds or ISO 8601 with an offset).' -rfka ''
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro sessions" version' -l 'version' -d 'Show the version.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro sessions" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro watch" json' -l 'json' -d 'Print one JSON object per line.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro watch" since' -l 'since' -d 'First replay the events since this day or time.' -rfka ''
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro watch" until' -l 'until' -d 'Stop once this day or time has passed.' -rfka ''
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro watch" version' -l 'version' -d 'Show the version.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro watch" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro settings" json' -l 'json' -d 'Print one JSON object on one line.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro settings" version' -l 'version' -d 'Show the version.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro settings" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ouro' -n '__ouro_should_offer_completions_for_flags_or_options "ouro help" version' -l 'version' -d 'Show the version.'
