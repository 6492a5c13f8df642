%% An eunit listener that reports in gleeunit's way: a dot per passing test, a block per
%% failure as it happens, and the totals at the end (see gleeunit@internal@reporting).
-module(gleeunit_progress).
-behaviour(eunit_listener).
-export([start/0, start/1]).
-export([init/1, handle_begin/3, handle_end/3, handle_cancel/3, terminate/2]).

-define(reporting, gleeunit@internal@reporting).

start() -> start([]).

start(Options) -> eunit_listener:start(?MODULE, Options).

init(_Options) -> ?reporting:new_state().

handle_begin(_Kind, _Data, State) -> State.

handle_end(group, _Data, State) ->
    State;
handle_end(test, Data, State) ->
    {Module, Function, _Arity} = proplists:get_value(source, Data),
    ModuleName = atom_to_binary(Module),
    FunctionName = atom_to_binary(Function),
    %% eunit keeps what a test prints; show it.
    case proplists:get_value(output, Data) of
        undefined -> ok;
        <<>> -> ok;
        Output -> gleam_stdlib:print(Output)
    end,
    case proplists:get_value(status, Data) of
        ok -> ?reporting:test_passed(State);
        {skipped, _} -> ?reporting:test_skipped(State, ModuleName, FunctionName);
        {error, {_Class, Reason, _Stack}} -> ?reporting:test_failed(State, ModuleName, FunctionName, Reason)
    end.

handle_cancel(_Kind, Data, State) ->
    ?reporting:test_failed(State, <<"gleeunit">>, <<"main">>, Data).

terminate({ok, _Data}, State) ->
    Code = ?reporting:finished(State),
    sync_end(case Code of 0 -> ok; _ -> error end);
terminate({error, Reason}, State) ->
    ?reporting:finished(State),
    io:fwrite("\nEunit failed:\n\n~80p\n", [Reason]),
    sync_end(error).

sync_end(Result) ->
    receive
        {stop, Reference, ReplyTo} ->
            ReplyTo ! {result, Reference, Result},
            ok
    end.
