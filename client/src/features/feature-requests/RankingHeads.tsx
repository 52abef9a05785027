/** The columns the ranking (FR2) and a report (FR3) share, from the request to its blockers. */
export function RankingHeads() {
  return (
    <>
      <th scope="col">Request</th>
      <th scope="col">Tag</th>
      <th scope="col">Status</th>
      <th scope="col" className="num">
        Customers
      </th>
      <th scope="col" className="num">
        Tickets
      </th>
      <th scope="col" className="num">
        Revenue per month
      </th>
      <th scope="col" className="num">
        Blockers
      </th>
    </>
  );
}
