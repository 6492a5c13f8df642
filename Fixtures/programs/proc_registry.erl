%% Registered names: register, whereis, send by name, unregister, errors.
-module(proc_registry).
-export([main/0]).

main() ->
    Self = self(),
    P = spawn(fun() -> loop(Self) end),
    true = register(proc_registry_echo, P),
    R1 = whereis(proc_registry_echo) =:= P,
    proc_registry_echo ! {ping, 1},
    R2 = receive {pong, N} -> N after 1000 -> timeout end,
    R3 = (catch register(proc_registry_echo, self())),
    R4 = (catch register(undefined, self())),
    R5 = lists:member(proc_registry_echo, registered()),
    R6 = (catch no_such_registered_name ! hello),
    R7 = unregister(proc_registry_echo),
    R8 = whereis(proc_registry_echo),
    R9 = (catch unregister(proc_registry_echo)),
    R10 = erlang:send(P, {ping, 2}),
    R11 = receive {pong, M} -> M after 1000 -> timeout end,
    register(proc_registry_self, self()),
    R12 = erlang:send(proc_registry_self, note_to_self),
    R13 = receive note_to_self -> got_it after 100 -> missing end,
    P ! stop,
    Mon = monitor(process, P),
    R14 = receive {'DOWN', Mon, _, _, Why} -> Why after 1000 -> timeout end,
    {R1, R2, class(R3), class(R4), R5, class(R6), R7, R8, class(R9), R10, R11, R12, R13, R14}.

class({'EXIT', {Reason, _}}) -> Reason;
class(Other) -> Other.

loop(Parent) ->
    receive
        {ping, N} -> Parent ! {pong, N}, loop(Parent);
        stop -> ok
    end.
