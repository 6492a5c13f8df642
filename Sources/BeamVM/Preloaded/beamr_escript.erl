%% Runs the entry of an escript or a bundle the way OTP's escript runs main/1: call it,
%% halt with status 0 when it returns, and on an uncaught exception print it formatted by
%% erl_error (as escript formats it) and halt with status 127.
-module(beamr_escript).
-export([run/4]).

-spec run(string(), module(), atom(), list()) -> no_return().
run(Prefix, Module, Function, Args) ->
    %% A script starts with exits not trapped, whatever the caller set.
    process_flag(trap_exit, false),
    try
        apply(Module, Function, Args),
        erlang:halt(0)
    catch
        Class:Reason:Stack ->
            put_chars(io_lib:format("~ts: ~ts\n", [Prefix, report(Class, Reason, Stack)])),
            erlang:halt(127)
    end.

%% erl_error needs much of stdlib; should any of it fail, the exception is still reported.
report(Class, Reason, Stack) ->
    try
        format_exception(Class, Reason, Stack)
    catch
        _:_ -> fallback_report(Class, Reason, Stack)
    end.

%% Implemented natively: beamr's own exception text, which needs no Erlang code.
fallback_report(_Class, _Reason, _Stack) ->
    erlang:nif_error(undef).

format_exception(Class, Reason, Stack) ->
    Encoding = encoding(),
    Control = case Encoding of
                  latin1 -> "P";
                  _ -> "tP"
              end,
    Format = fun(Term, Indent) -> io_lib:format("~." ++ integer_to_list(Indent) ++ Control, [Term, 50]) end,
    %% Frames of this runner at the bottom of the stack are not the script's.
    Skip = fun(M, _F, _A) -> M =:= ?MODULE orelse M =:= erl_eval end,
    erl_error:format_exception(1, Class, Reason, Stack, Skip, Format, Encoding).

encoding() ->
    case io:getopts() of
        Options when is_list(Options) ->
            case lists:keyfind(encoding, 1, Options) of
                {encoding, Encoding} -> Encoding;
                false -> latin1
            end;
        _ ->
            latin1
    end.

put_chars(Text) ->
    try
        io:put_chars(standard_error, Text)
    catch
        _:_ -> erlang:display_string(lists:flatten(Text))
    end.
