%% A gen_statem (state_functions mode) implementing a code lock: events
%% through call and cast, state timeouts avoided, state data inspection via
%% calls, and the sequence of states visited.
-module(otp_gen_statem).
-behaviour(gen_statem).
-export([main/0]).
-export([init/1, callback_mode/0, locked/3, open/3]).

main() ->
    {ok, Pid} = gen_statem:start_link(?MODULE, [1, 2, 3], []),
    R1 = gen_statem:call(Pid, {button, 1}),
    R2 = gen_statem:call(Pid, {button, 9}),
    Seq = [gen_statem:call(Pid, {button, D}) || D <- [1, 2, 3]],
    R3 = gen_statem:call(Pid, state),
    gen_statem:cast(Pid, lock),
    R4 = gen_statem:call(Pid, state),
    R5 = gen_statem:call(Pid, history),
    ok = gen_statem:stop(Pid),
    [R1, R2, Seq, R3, R4, R5].

callback_mode() -> state_functions.

init(Code) -> {ok, locked, #{code => Code, input => [], history => [locked]}}.

locked({call, From}, {button, D}, #{code := Code, input := In, history := H} = Data) ->
    Input = In ++ [D],
    case Input of
        Code ->
            {next_state, open, Data#{input := [], history := [open | H]}, [{reply, From, opened}]};
        _ ->
            case lists:prefix(Input, Code) of
                true -> {keep_state, Data#{input := Input}, [{reply, From, {partial, length(Input)}}]};
                false -> {keep_state, Data#{input := []}, [{reply, From, wrong}]}
            end
    end;
locked(EventType, Event, Data) -> common(locked, EventType, Event, Data).

open(cast, lock, #{history := H} = Data) ->
    {next_state, locked, Data#{history := [locked | H]}};
open(EventType, Event, Data) -> common(open, EventType, Event, Data).

common(State, {call, From}, state, _Data) -> {keep_state_and_data, [{reply, From, State}]};
common(_State, {call, From}, history, #{history := H}) -> {keep_state_and_data, [{reply, From, lists:reverse(H)}]};
common(_State, {call, From}, _Other, _Data) -> {keep_state_and_data, [{reply, From, ignored}]};
common(_State, _Type, _Event, _Data) -> keep_state_and_data.
