%% process_info items, is_process_alive, processes, process flags, priority.
-module(proc_info).
-export([main/0]).

main() ->
    Self = self(),
    put(key, value),
    process_flag(trap_exit, true),
    Old = process_flag(priority, high),
    P = spawn_link(fun() -> put(child_key, 42), Self ! ready, receive stop -> ok end end),
    receive ready -> ok end,
    P ! hello, P ! world,
    wait(20),
    Own = [process_info(self(), K) || K <- [trap_exit, priority, registered_name, dictionary]],
    Other = [
        process_info(P, status),
        process_info(P, message_queue_len),
        process_info(P, messages),
        process_info(P, links) =:= {links, [Self]},
        process_info(P, dictionary),
        process_info(P, trap_exit),
        process_info(P, priority),
        element(1, process_info(P, current_function)),
        process_info(P, initial_call)
    ],
    Many = process_info(P, [status, message_queue_len]),
    Heap = element(2, process_info(self(), heap_size)) > 0,
    Alive = is_process_alive(P),
    InList = lists:member(P, processes()),
    P ! stop,
    receive {'EXIT', P, normal} -> ok end,
    Dead = {is_process_alive(P), process_info(P, status), process_info(P)},
    Bad = (catch process_info(self(), no_such_item)),
    register(proc_info_me, self()),
    Reg = process_info(self(), registered_name),
    {Old, Own, Other, Many, Heap, Alive, InList, Dead, class(Bad), Reg}.

class({'EXIT', {Reason, _}}) -> Reason;
class(Other) -> Other.

wait(Ms) -> receive after Ms -> ok end.
