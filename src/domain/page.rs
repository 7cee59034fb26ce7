//! Lists read a page at a time: `/invite list` and `/invite info` show one page of
//! invitations or joins, newest first, and read only that page.
//!
//! Pages are found by keyset on the rows' ids, not by offset: the page after one reads the
//! rows whose id is below its last, through an index ordered by id, so every page costs
//! the same however deep in the list it is. A page reads one row more than it shows, to
//! know whether more lie further on.
//!
//! The queries bound the id twice, `id < $k AND (guild_id, id) < ($1, $k)`, and order by
//! both columns: SQLite bounds the index range with the first, and the second makes
//! PostgreSQL's planner take the (guild_id, id) index, where the primary key alone would
//! seem as good to it and, when the newest rows are other schools', walk through them all
//! (11 ms instead of 0.05 ms with 20,000 newer invitations of other schools).

/// How many rows a page shows: ten lines of joins fit in one embed field, ten lines of
/// invitations (labels of up to 100 characters) in one embed description.
pub const PAGE_SIZE: u32 = 10;

/// Where a page lies in a list ordered newest (highest id) first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageAt {
    /// The beginning of the list.
    First,
    /// The page after the one whose last row has this id: rows with lower ids.
    After(i64),
    /// The page before the one whose first row has this id: rows with higher ids.
    Before(i64),
}

/// One page of a list, and how many rows the whole list holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<T> {
    /// The rows shown, newest first.
    pub items: Vec<T>,
    /// How many rows the whole list holds.
    pub total: u64,
    /// Whether rows lie before this page (newer) and after it (older).
    pub has_previous: bool,
    pub has_next: bool,
}

impl<T> Page<T> {
    /// The position (0-based) of the page's first row in the list, given `carried`: where
    /// the page that led here said it would start. Exact at both ends of the list; in
    /// between, rows added or removed meanwhile may shift it.
    pub fn start(&self, carried: u64) -> u64 {
        let last_start = self.total.saturating_sub(self.items.len() as u64);
        if !self.has_previous {
            0
        } else if !self.has_next {
            last_start
        } else {
            carried.min(last_start)
        }
    }
}

/// How to read a page in SQL: `WHERE <id> <op> $key ORDER BY <id> <order> LIMIT $limit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Keyset {
    pub op: &'static str,
    pub order: &'static str,
    pub key: i64,
    pub limit: i64,
}

impl PageAt {
    /// The keyset read of this page of `size` rows (and one more).
    pub(crate) fn keyset(self, size: u32) -> Keyset {
        let limit = i64::from(size) + 1;
        match self {
            Self::First => Keyset {
                op: "<",
                order: "DESC",
                key: i64::MAX,
                limit,
            },
            Self::After(key) => Keyset {
                op: "<",
                order: "DESC",
                key,
                limit,
            },
            Self::Before(key) => Keyset {
                op: ">",
                order: "ASC",
                key,
                limit,
            },
        }
    }

    /// The page from the rows its keyset read returned, or `None` when the first page must
    /// be read instead: going back reached the beginning with less than a page, or going
    /// on found nothing left (rows removed since the last page was shown).
    pub(crate) fn finish<T>(self, size: u32, mut rows: Vec<T>, total: u64) -> Option<Page<T>> {
        let size = size as usize;
        let more = rows.len() > size;
        rows.truncate(size);
        let (has_previous, has_next) = match self {
            Self::First => (false, more),
            Self::After(_) if rows.is_empty() => return None,
            Self::After(_) => (true, more),
            Self::Before(_) if rows.len() < size => return None,
            Self::Before(_) => {
                rows.reverse();
                (more, true)
            }
        };
        Some(Page {
            items: rows,
            total,
            has_previous,
            has_next,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(at: PageAt, rows: &[i64], total: u64) -> Option<Page<i64>> {
        at.finish(3, rows.to_vec(), total)
    }

    #[test]
    fn a_page_knows_what_lies_either_side() {
        let first = page(PageAt::First, &[9, 8, 7, 6], 9).unwrap();
        assert_eq!(first.items, [9, 8, 7]);
        assert!(!first.has_previous && first.has_next);
        let last = page(PageAt::After(4), &[3, 2, 1], 9).unwrap();
        assert!(last.has_previous && !last.has_next);
        // Going back reads upwards and shows the rows newest first.
        let back = page(PageAt::Before(4), &[5, 6, 7, 8], 9).unwrap();
        assert_eq!(back.items, [7, 6, 5]);
        assert!(back.has_previous && back.has_next);
        let back_to_start = page(PageAt::Before(6), &[7, 8, 9], 9).unwrap();
        assert!(!back_to_start.has_previous && back_to_start.has_next);
    }

    #[test]
    fn short_pages_at_the_edges_read_the_first_page_instead() {
        assert_eq!(page(PageAt::Before(7), &[8, 9], 9), None);
        assert_eq!(page(PageAt::After(1), &[], 9), None);
        let empty = page(PageAt::First, &[], 0).unwrap();
        assert!(empty.items.is_empty() && !empty.has_previous && !empty.has_next);
    }

    #[test]
    fn the_start_is_exact_at_both_ends() {
        let at = |has_previous, has_next, carried| {
            Page {
                items: vec![1, 2, 3],
                total: 20,
                has_previous,
                has_next,
            }
            .start(carried)
        };
        assert_eq!(at(false, true, 40), 0);
        assert_eq!(at(true, false, 3), 17);
        assert_eq!(at(true, true, 10), 10);
        assert_eq!(at(true, true, 30), 17);
    }
}
