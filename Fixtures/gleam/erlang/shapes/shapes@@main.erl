%% The module the Gleam build tool writes into the package's ebin for `gleam run` and
%% `gleam test`: start the application, run Module:main() in a linked process, print a
%% failure in Gleam's terms, and stop the VM with status 0 or 1.
-module('shapes@@main').
-export([run/1]).

-define(red, "\e[31;1m").
-define(grey, "\e[90m").
-define(reset_color, "\e[39m").
-define(reset_all, "\e[0m").

run(Module) ->
    io:setopts(standard_io, [binary, {encoding, utf8}]),
    io:setopts(standard_error, [{encoding, utf8}]),
    process_flag(trap_exit, true),
    Pid = spawn_link(fun() -> run_module(Module) end),
    receive
        {'EXIT', Pid, {Reason, StackTrace}} ->
            print_error(exit, Reason, StackTrace),
            init:stop(1)
    end.

run_module(Module) ->
    try
        {ok, _} = application:ensure_all_started(shapes),
        erlang:process_flag(trap_exit, false),
        Module:main(),
        init:stop(0)
    catch
        Class:Reason:StackTrace ->
            print_error(Class, Reason, StackTrace),
            init:stop(1)
    end.

print_error(Class, Error, Stacktrace) ->
    Printed = [
        ?red, "runtime error", ?reset_color, ": ", error_class(Class, Error), ?reset_all,
        "\n\n",
        error_message(Error),
        "\n\n",
        error_details(Class, Error),
        "stacktrace:\n",
        [error_frame(Frame) || Frame <- refine_first(Error, Stacktrace)]
    ],
    io:format(standard_error, "~ts~n", [Printed]).

%% The first frame's line becomes the failing expression's, from the error.
refine_first(#{gleam_error := _, line := Line}, [{M, F, A, [{file, File} | _]} | Rest]) ->
    [{M, F, A, [{file, File}, {line, Line}]} | Rest];
refine_first(_, Stacktrace) ->
    Stacktrace.

error_class(_, #{gleam_error := panic}) -> "panic";
error_class(_, #{gleam_error := todo}) -> "todo";
error_class(_, #{gleam_error := let_assert}) -> "let assert";
error_class(_, #{gleam_error := assert}) -> "assert";
error_class(Class, _) -> ["Erlang ", atom_to_binary(Class)].

error_message(#{gleam_error := _, message := Message}) -> Message;
error_message(undef) -> <<"A function was called but it did not exist."/utf8>>;
error_message({case_clause, _}) -> <<"No pattern matched in an Erlang case expression."/utf8>>;
error_message({badmatch, _}) -> <<"An Erlang assignment pattern did not match."/utf8>>;
error_message(function_clause) -> <<"No Erlang function clause matched the arguments it was called with."/utf8>>;
error_message(_) -> <<"An error occurred outside of Gleam."/utf8>>.

error_details(_, #{gleam_error := let_assert, value := Value}) ->
    ["unmatched value:\n  ", print_term(Value), $\n, $\n];
error_details(_, {case_clause, Value}) ->
    ["unmatched value:\n  ", print_term(Value), $\n, $\n];
error_details(_, {badmatch, Value}) ->
    ["unmatched value:\n  ", print_term(Value), $\n, $\n];
error_details(_, #{gleam_error := _}) -> [];
error_details(error, function_clause) -> [];
error_details(error, undef) -> [];
error_details(Class, Error) ->
    ["erlang:", atom_to_binary(Class), $(, print_term(Error), $), $\n, $\n].

print_term(Term) ->
    try
        gleam@string:inspect(Term)
    catch
        _:_ -> io_lib:format("~p", [Term])
    end.

error_frame({?MODULE, _, _, _}) -> [];
error_frame({erl_eval, _, _, _}) -> [];
error_frame({init, _, _, _}) -> [];
error_frame({Module, Function, _, Location}) ->
    Name = string:replace(atom_to_binary(Module), "@", "/", all),
    ["  ", Name, $., atom_to_binary(Function), frame_location(Location), $\n].

frame_location([{file, File}, {line, Line} | _]) ->
    [?grey, $\s, File, $:, integer_to_binary(Line), ?reset_all];
frame_location(_) ->
    [?grey, " unknown source", ?reset_all].
