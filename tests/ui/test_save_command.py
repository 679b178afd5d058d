"""The one Save command: add, replace and delete through any store, undone and redone; typing
merges only within one item of one store; every merging kind has its own id. SetValue puts
its value back and forth."""

from dataclasses import dataclass, field

import pytest

from planner.ui.document import Document
from planner.ui.save import CommandId, Save, SetValue, Topic


@dataclass
class Item:
    name: str
    id: int | None = None


@dataclass
class MemoryStore:
    rows: dict[int, Item] = field(default_factory=dict)
    next_id: int = 1

    def save(self, item: Item) -> int:
        if item.id is None:
            item.id, self.next_id = self.next_id, self.next_id + 1
        self.rows[item.id] = Item(item.name, item.id)
        return item.id

    def delete(self, item_id: int) -> None:
        del self.rows[item_id]


class SaveThing(Save[Item]):
    ID = CommandId.CALENDAR_ITEM


@pytest.fixture
def doc(workspace, qapp):
    return Document(workspace)


def test_add_replace_delete_are_undone_and_redone(doc):
    """An added item keeps its id through undo and redo; a replaced one comes back as it was;
    a deleted one comes back with its id."""
    store = MemoryStore()
    heard = []
    doc.changed.connect(heard.append)
    stack = doc.undo_stack
    stack.push(SaveThing(doc, store, Topic.CALENDAR, None, Item("a"), "add"))
    assert store.rows == {1: Item("a", 1)}
    stack.undo()
    assert store.rows == {}
    stack.redo()
    assert store.rows == {1: Item("a", 1)}
    stack.push(SaveThing(doc, store, Topic.CALENDAR, Item("a", 1), Item("b", 1), "edit"))
    stack.push(SaveThing(doc, store, Topic.CALENDAR, Item("b", 1), None, "delete"))
    assert store.rows == {}
    stack.undo()
    stack.undo()
    assert store.rows == {1: Item("a", 1)}
    assert set(heard) == {"calendar"}


def test_typing_merges_within_one_item_of_one_store(doc):
    """Same merge key, same item, same store: one step; another store or item: two."""
    first, second = MemoryStore(), MemoryStore()
    for store in (first, second):
        store.save(Item("x"))
    stack = doc.undo_stack
    stack.push(SaveThing(doc, first, "calendar", Item("x", 1), Item("xy", 1), "t", "name"))
    stack.push(SaveThing(doc, first, "calendar", Item("xy", 1), Item("xyz", 1), "t", "name"))
    assert stack.count() == 1
    stack.push(SaveThing(doc, second, "calendar", Item("x", 1), Item("xq", 1), "t", "name"))
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert first.rows[1].name == "x" and second.rows[1].name == "x"


def test_every_merging_kind_has_its_own_id():
    """Qt merges commands with equal ids: no two kinds share one (two once shared 2101)."""
    values = [c.value for c in CommandId]
    assert len(values) == len(set(values))


def test_an_unknown_topic_is_refused(doc):
    """A typo in a topic would leave views stale: notify() refuses it."""
    with pytest.raises(ValueError):
        doc.notify("post")


class SetLimit(SetValue[int | None]):
    def __init__(self, doc: Document, box: dict[str, int | None], before, after) -> None:
        super().__init__(doc, Topic.COVERAGE, before, after, "limit")
        self.box = box

    def put(self, value: int | None) -> None:
        self.box["limit"] = value


def test_set_value_puts_after_on_redo_and_before_on_undo(doc):
    """Each step stores the value of its side and tells the views what changed."""
    box: dict[str, int | None] = {"limit": None}
    heard = []
    doc.changed.connect(heard.append)
    doc.undo_stack.push(SetLimit(doc, box, None, 5))
    assert box == {"limit": 5}
    doc.undo_stack.undo()
    assert box == {"limit": None}
    doc.undo_stack.redo()
    assert box == {"limit": 5}
    assert heard == ["coverage"] * 3
