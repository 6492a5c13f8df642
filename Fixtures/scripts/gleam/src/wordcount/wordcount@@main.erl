%% Shaped like the <package>@@main module the Gleam build tool writes for `gleam run`.
-module('wordcount@@main').
-export([run/1]).

run(Module) ->
    io:setopts(standard_io, [binary, {encoding, utf8}]),
    io:setopts(standard_error, [{encoding, utf8}]),
    try
        {ok, _} = application:ensure_all_started(wordcount),
        erlang:process_flag(trap_exit, false),
        Module:main(),
        erlang:halt(0)
    catch
        Class:Reason:StackTrace ->
            E = erl_error:format_exception(1, Class, Reason, StackTrace, fun(_, _, _) -> false end,
                                           fun(T, I) -> io_lib:format("~." ++ integer_to_list(I) ++ "tP", [T, 50]) end,
                                           unicode),
            io:put_chars(standard_error, E),
            erlang:halt(127, [{flush, true}])
    end.
